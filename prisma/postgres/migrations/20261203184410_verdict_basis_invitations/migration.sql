-- DropForeignKey
ALTER TABLE "Verdict" DROP CONSTRAINT "Verdict_groupId_fkey";

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "basis" TEXT,
ADD COLUMN     "confirmsId" TEXT,
ADD COLUMN     "discrepancyKey" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "workspaceId" TEXT,
ALTER COLUMN "groupId" DROP NOT NULL;

-- edited by hand: a verdict's workspace is its group's
UPDATE "Verdict" SET "workspaceId" = "ClaimGroup"."workspaceId" FROM "ClaimGroup" WHERE "ClaimGroup"."id" = "Verdict"."groupId";
ALTER TABLE "Verdict" ALTER COLUMN "workspaceId" SET NOT NULL;

-- AlterTable
ALTER TABLE "AnalysisRun" ADD COLUMN     "heartbeatAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_idx" ON "Invitation"("workspaceId");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "Verdict_workspaceId_groupId_idx" ON "Verdict"("workspaceId", "groupId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Reviewer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

