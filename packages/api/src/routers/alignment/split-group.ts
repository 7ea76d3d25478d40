import { z } from "zod";
import { splitGroup } from "../../services/alignment/split-group.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { expectedVersionSchema, groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const splitGroupInput = workspaceInput.extend({ groupId: idSchema, claimIds: z.array(idSchema).min(1).max(100), expectedVersion: expectedVersionSchema });

export const splitGroupProcedure = authedProcedure
  .input(splitGroupInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return splitGroup(ctx.db, workspace.id, ctx.reviewer.id, input.groupId, input.claimIds, input.expectedVersion);
  });
