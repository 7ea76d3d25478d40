import { z } from "zod";
import { listDisagreements } from "../../services/curation/list-disagreements.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { searchSchema, workspaceInput } from "../alignment/shared-input.ts";
import { discrepancyKindSchema, standingVerdict } from "../group/list-groups.ts";

export const listDisagreementsInput = workspaceInput.extend({ query: searchSchema.optional(), kind: discrepancyKindSchema.optional() });

export const listDisagreementsOutput = z.object({
  requiredAgreement: z.number().int(),
  /** whether the caller may settle groups and set the required agreement (admins) */
  canSettle: z.boolean(),
  groups: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      severity: z.string().nullable(),
      version: z.number().int(),
      articles: z.number().int(),
      discrepancies: z.array(z.object({ id: z.string(), kind: z.string(), severity: z.string(), explanation: z.string() })),
      standing: z.array(standingVerdict),
    }),
  ),
});

export const listDisagreementsProcedure = workspaceProcedure
  .input(listDisagreementsInput)
  .output(listDisagreementsOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const result = await listDisagreements(ctx.db, workspace.id, { query: input.query || undefined, kind: input.kind });
    return { ...result, canSettle: ctx.workspace.role === "admin" };
  });
