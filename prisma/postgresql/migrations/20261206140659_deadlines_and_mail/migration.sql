-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('QUARTER', 'HALF', 'YEAR');

-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'REMINDER', 'OVERDUE');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailReminders" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ReportDeadline" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER,
    "periodKind" "PeriodKind" NOT NULL,
    "cutoffDay" INTEGER NOT NULL,
    "dueDays" INTEGER NOT NULL,
    "remindDays" INTEGER NOT NULL,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "toUserId" INTEGER,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "provinceId" INTEGER,
    "period" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportDeadline_provinceId_periodKind_key" ON "ReportDeadline"("provinceId", "periodKind");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_key_key" ON "OutboxMail"("key");

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt");

-- AddForeignKey
ALTER TABLE "ReportDeadline" ADD CONSTRAINT "ReportDeadline_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;
