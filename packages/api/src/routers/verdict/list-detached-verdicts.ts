import { z } from "zod";
import { listDetachedVerdicts } from "../../services/verdict/detached-verdicts.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, searchSchema, workspaceInput } from "../alignment/shared-input.ts";

export const listDetachedVerdictsInput = workspaceInput.extend({ query: searchSchema.optional(), reviewerId: idSchema.optional() });

export const listDetachedVerdictsOutput = z.array(
  z.object({
    id: z.string(),
    label: z.string(),
    note: z.string(),
    createdAt: z.date(),
    settles: z.boolean(),
    reviewer: z.string(),
    reviewerId: z.string(),
    /** set when the verdict was on one discrepancy */
    onDiscrepancy: z.object({ key: z.string(), kind: z.string(), values: z.array(z.string()) }).nullable(),
    claims: z.array(z.object({ text: z.string(), source: z.string() })),
  }),
);

export const listDetachedVerdictsProcedure = workspaceProcedure
  .input(listDetachedVerdictsInput)
  .output(listDetachedVerdictsOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return listDetachedVerdicts(ctx.db, workspace.id, {
      ...(input.query ? { query: input.query } : {}),
      ...(input.reviewerId ? { reviewerId: input.reviewerId } : {}),
    });
  });
