import { z } from "zod";
import { settleGroup } from "../../services/curation/settle-group.ts";
import { VERDICT_LABELS } from "../../services/verdict/record-verdict.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { expectedVersionSchema, idSchema, isStorableText, storableText, workspaceInput } from "../alignment/shared-input.ts";

export const settleGroupInput = workspaceInput.extend({
  groupId: idSchema,
  label: z.enum(VERDICT_LABELS),
  // a settlement overrules reviewers: say why
  note: z.string().trim().min(1, "Say why you settle it this way.").max(5000).refine(isStorableText, storableText),
  expectedVersion: expectedVersionSchema,
});

export const settleGroupOutput = z.object({ id: z.string(), label: z.string(), note: z.string(), createdAt: z.date() });

export const settleGroupProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(settleGroupInput)
  .output(settleGroupOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return settleGroup(ctx.db, { ...input, workspaceId: workspace.id, adminId: ctx.reviewer.id });
  });
