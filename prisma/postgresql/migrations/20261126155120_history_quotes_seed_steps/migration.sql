-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "quote" TEXT;

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "conflict" TEXT,
ADD COLUMN     "quote" TEXT;

-- CreateTable
CREATE TABLE "SeedStep" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" TEXT,

    CONSTRAINT "SeedStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SeedStep_key_key" ON "SeedStep"("key");
