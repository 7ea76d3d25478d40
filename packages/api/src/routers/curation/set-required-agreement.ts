import { z } from "zod";
import { MAX_REQUIRED_AGREEMENT, setRequiredAgreement } from "../../services/curation/required-agreement.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

export const setRequiredAgreementInput = workspaceInput.extend({ requiredAgreement: z.number().int().min(1).max(MAX_REQUIRED_AGREEMENT) });

export const setRequiredAgreementProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(setRequiredAgreementInput)
  .output(z.object({ requiredAgreement: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return setRequiredAgreement(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      requiredAgreement: input.requiredAgreement,
    });
  });
