-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "retractedAt" TIMESTAMP(3);

