-- CreateTable
CREATE TABLE "ReportDocument" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "parentBody" TEXT NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "abbreviation" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "signerAuthority" TEXT NOT NULL,
    "signerPosition" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "recipients" TEXT NOT NULL,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportDocument_provinceId_updatedAt_idx" ON "ReportDocument"("provinceId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportDocument_provinceId_period_key" ON "ReportDocument"("provinceId", "period");

-- AddForeignKey
ALTER TABLE "ReportDocument" ADD CONSTRAINT "ReportDocument_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
