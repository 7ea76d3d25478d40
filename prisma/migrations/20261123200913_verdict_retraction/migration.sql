-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "retractedAt" DATETIME;

