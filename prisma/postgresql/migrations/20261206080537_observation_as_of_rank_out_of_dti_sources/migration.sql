-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "asOf" TIMESTAMP(3),
ADD COLUMN     "outOf" INTEGER;

-- AlterTable
ALTER TABLE "DtiResult" ADD COLUMN     "alsoSourceId" INTEGER,
ADD COLUMN     "unverified" TEXT;

-- CreateIndex
CREATE INDEX "DtiResult_alsoSourceId_idx" ON "DtiResult"("alsoSourceId");

-- AddForeignKey
ALTER TABLE "DtiResult" ADD CONSTRAINT "DtiResult_alsoSourceId_fkey" FOREIGN KEY ("alsoSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
