-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_observationId_fkey";

-- DropIndex
DROP INDEX "AuditEvent_observationId_at_idx";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "indicatorId" INTEGER,
ADD COLUMN     "period" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_provinceId_indicatorId_period_at_idx" ON "AuditEvent"("provinceId", "indicatorId", "period", "at");
