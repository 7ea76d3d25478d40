import { z } from "zod";
import { loadAgreement } from "../../services/agreement/load-agreement.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

const fraction = z.number().nullable();

export const getAgreementOutput = z.object({
  requiredAgreement: z.number().int(),
  reviewers: z.array(z.object({ id: z.string(), name: z.string(), rated: z.number().int() })),
  rows: z.array(
    z.object({
      scope: z.string(),
      groups: z.number().int(),
      items: z.number().int(),
      reviewers: z.number().int(),
      observed: fraction,
      statistic: z.enum(["cohen-kappa", "krippendorff-alpha"]).nullable(),
      value: fraction,
    }),
  ),
  pairs: z.array(z.object({ a: z.string(), b: z.string(), items: z.number().int(), observed: fraction, kappa: fraction })),
  /** standing verdicts left out because their group changed since they were given */
  changedLeftOut: z.number().int(),
});

export const getAgreementProcedure = workspaceProcedure
  .input(workspaceInput)
  .output(getAgreementOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return loadAgreement(ctx.db, workspace.id);
  });
