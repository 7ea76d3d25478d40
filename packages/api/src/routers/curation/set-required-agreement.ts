import { z } from "zod";
import { MAX_REQUIRED_AGREEMENT, setRequiredAgreement } from "../../services/curation/required-agreement.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

export const setRequiredAgreementInput = workspaceInput.extend({ requiredAgreement: z.number().int().min(1).max(MAX_REQUIRED_AGREEMENT) });

export const setRequiredAgreementProcedure = authedProcedure
  .meta({ minRole: "admin" })
  .input(setRequiredAgreementInput)
  .output(z.object({ requiredAgreement: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return setRequiredAgreement(ctx.db, workspace.id, ctx.reviewer.id, input.requiredAgreement);
  });
