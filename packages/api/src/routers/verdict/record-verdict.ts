import { z } from "zod";
import { recordVerdict, VERDICT_LABELS } from "../../services/verdict/record-verdict.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, isStorableText, storableText } from "../alignment/shared-input.ts";
import { discrepancyKeySchema } from "./discrepancy-key-schema.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const recordVerdictInput = z.object({
  workspace: slugSchema,
  groupId: idSchema,
  label: z.enum(VERDICT_LABELS),
  note: z.string().max(5000).refine(isStorableText, storableText).default(""),
  /** a verdict on one of the group's discrepancies (its key) instead of the whole group */
  discrepancyKey: discrepancyKeySchema.nullable().optional(),
  /** one's own verdict this one confirms after the group changed */
  confirmsId: idSchema.optional(),
  expectedVersion: z.number().int().min(0).optional(),
  /** the caller's own verdict in force when the page was opened (null: none) */
  expectedVerdictId: idSchema.nullable().optional(),
});

export const recordVerdictOutput = z.object({
  id: z.string(),
  label: z.string(),
  note: z.string(),
  createdAt: z.date(),
  version: z.number().int(),
});

export const recordVerdictProcedure = workspaceProcedure
  .input(recordVerdictInput)
  .output(recordVerdictOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return recordVerdict(ctx.db, { ...input, workspaceId: workspace.id, reviewerId: ctx.reviewer.id });
  });
