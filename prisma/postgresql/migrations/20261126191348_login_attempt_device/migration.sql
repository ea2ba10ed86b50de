-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "device" TEXT;

-- CreateIndex
CREATE INDEX "LoginAttempt_device_at_idx" ON "LoginAttempt"("device", "at");
