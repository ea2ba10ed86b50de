-- AlterTable
ALTER TABLE "Target" ADD COLUMN "quote" TEXT;

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN "conflict" TEXT;
ALTER TABLE "Observation" ADD COLUMN "quote" TEXT;

-- CreateTable
CREATE TABLE "SeedStep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "appliedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "SeedStep_key_key" ON "SeedStep"("key");
