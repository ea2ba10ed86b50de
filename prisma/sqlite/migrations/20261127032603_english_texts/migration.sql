-- AlterTable
ALTER TABLE "Source" ADD COLUMN "publisherEn" TEXT;
ALTER TABLE "Source" ADD COLUMN "titleEn" TEXT;

-- AlterTable
ALTER TABLE "ProvinceFact" ADD COLUMN "textEn" TEXT;

-- AlterTable
ALTER TABLE "DtiResult" ADD COLUMN "noteEn" TEXT;
