import { z } from "zod";
import { undoLastVerdict } from "../../services/verdict/record-verdict.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { idSchema } from "../alignment/shared-input.ts";
import { discrepancyKeySchema } from "./discrepancy-key-schema.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const undoVerdictProcedure = authedProcedure
  .input(z.object({ workspace: slugSchema, groupId: idSchema, discrepancyKey: discrepancyKeySchema.nullable().optional(), expectedVerdictId: idSchema.optional() }))
  .output(z.object({ undone: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return undoLastVerdict(ctx.db, workspace.id, ctx.reviewer.id, input);
  });
