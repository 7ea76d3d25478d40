import { z } from "zod";
import { getGroup } from "../../services/group/get-group.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { discrepancySummary, groupCore } from "./list-groups.ts";

export const getGroupInput = z.object({ workspace: slugSchema, groupId: z.string().min(1).max(64) });

const diffPart = z.object({ value: z.string(), op: z.enum(["equal", "added", "removed"]), marked: z.boolean() });

export const getGroupOutput = groupCore.extend({
  discrepancies: z.array(
    discrepancySummary.extend({
      key: z.string(),
      values: z.array(z.object({ claimId: z.string(), text: z.string(), normalized: z.unknown().optional() })),
    }),
  ),
  diffs: z.array(z.object({ leftClaimId: z.string(), rightClaimId: z.string(), left: z.array(diffPart), right: z.array(diffPart) })),
  verdicts: z.array(z.object({ id: z.string(), label: z.string(), note: z.string(), createdAt: z.date(), retractedAt: z.date().nullable(), reviewer: z.string() })),
});

export const getGroupProcedure = authedProcedure
  .input(getGroupInput)
  .output(getGroupOutput)
  .query(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return getGroup(ctx.db, workspace.id, input.groupId);
  });
