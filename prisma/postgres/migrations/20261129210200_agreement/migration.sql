-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "requiredAgreement" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "settles" BOOLEAN NOT NULL DEFAULT false;

