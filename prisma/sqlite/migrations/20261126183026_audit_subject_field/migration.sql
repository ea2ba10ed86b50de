-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "field" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "subject" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_subject_at_idx" ON "AuditEvent"("subject", "at");
