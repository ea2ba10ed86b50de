-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "provinceId" INTEGER,
    "reportId" INTEGER,
    "observationId" INTEGER,
    "indicatorId" INTEGER,
    "period" TEXT,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actorId", "at", "id", "newValue", "observationId", "oldValue", "provinceId", "reason", "reportId") SELECT "action", "actorId", "at", "id", "newValue", "observationId", "oldValue", "provinceId", "reason", "reportId" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_provinceId_indicatorId_period_at_idx" ON "AuditEvent"("provinceId", "indicatorId", "period", "at");
CREATE INDEX "AuditEvent_reportId_at_idx" ON "AuditEvent"("reportId", "at");
CREATE INDEX "AuditEvent_provinceId_at_idx" ON "AuditEvent"("provinceId", "at");
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Redefining the table dropped its triggers: audit events stay append-only.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
