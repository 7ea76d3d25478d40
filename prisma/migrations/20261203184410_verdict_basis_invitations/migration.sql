-- AlterTable
ALTER TABLE "AnalysisRun" ADD COLUMN "heartbeatAt" DATETIME;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "invitedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" DATETIME,
    "declinedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Reviewer" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "groupId" TEXT,
    "reviewerId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "settles" BOOLEAN NOT NULL DEFAULT false,
    "discrepancyKey" TEXT,
    "basis" TEXT,
    "retiredAt" DATETIME,
    "confirmsId" TEXT,
    CONSTRAINT "Verdict_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ClaimGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Verdict_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "Reviewer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- edited by hand: a verdict's workspace is its group's
INSERT INTO "new_Verdict" ("createdAt", "groupId", "id", "label", "note", "retractedAt", "reviewerId", "settles", "workspaceId") SELECT "Verdict"."createdAt", "Verdict"."groupId", "Verdict"."id", "Verdict"."label", "Verdict"."note", "Verdict"."retractedAt", "Verdict"."reviewerId", "Verdict"."settles", "ClaimGroup"."workspaceId" FROM "Verdict" JOIN "ClaimGroup" ON "ClaimGroup"."id" = "Verdict"."groupId";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE INDEX "Verdict_groupId_createdAt_idx" ON "Verdict"("groupId", "createdAt");
CREATE INDEX "Verdict_workspaceId_groupId_idx" ON "Verdict"("workspaceId", "groupId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_idx" ON "Invitation"("workspaceId");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

