-- AlterTable
ALTER TABLE "AnalysisRun" ADD COLUMN     "engineVersion" TEXT;

