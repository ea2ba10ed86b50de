-- AlterTable
ALTER TABLE "Observation" ADD COLUMN "asOf" DATETIME;
ALTER TABLE "Observation" ADD COLUMN "outOf" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DtiResult" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "rank" INTEGER,
    "rankedCount" INTEGER,
    "score" REAL,
    "govScore" REAL,
    "govRank" INTEGER,
    "econScore" REAL,
    "econRank" INTEGER,
    "socScore" REAL,
    "socRank" INTEGER,
    "regionRank" INTEGER,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "sourceId" INTEGER NOT NULL,
    "alsoSourceId" INTEGER,
    "unverified" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DtiResult_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DtiResult_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DtiResult_alsoSourceId_fkey" FOREIGN KEY ("alsoSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DtiResult" ("createdAt", "econRank", "econScore", "govRank", "govScore", "id", "noteEn", "noteVi", "provinceId", "rank", "rankedCount", "regionRank", "score", "socRank", "socScore", "sourceId", "updatedAt", "year") SELECT "createdAt", "econRank", "econScore", "govRank", "govScore", "id", "noteEn", "noteVi", "provinceId", "rank", "rankedCount", "regionRank", "score", "socRank", "socScore", "sourceId", "updatedAt", "year" FROM "DtiResult";
DROP TABLE "DtiResult";
ALTER TABLE "new_DtiResult" RENAME TO "DtiResult";
CREATE INDEX "DtiResult_year_idx" ON "DtiResult"("year");
CREATE INDEX "DtiResult_sourceId_idx" ON "DtiResult"("sourceId");
CREATE INDEX "DtiResult_alsoSourceId_idx" ON "DtiResult"("alsoSourceId");
CREATE UNIQUE INDEX "DtiResult_provinceId_year_key" ON "DtiResult"("provinceId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
