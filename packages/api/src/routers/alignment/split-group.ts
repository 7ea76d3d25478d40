import { z } from "zod";
import { splitGroup } from "../../services/alignment/split-group.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { expectedVersionSchema, groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const splitGroupInput = workspaceInput.extend({
  groupId: idSchema,
  claimIds: z.array(idSchema).min(1).max(100),
  expectedVersion: expectedVersionSchema,
});

export const splitGroupProcedure = workspaceProcedure
  .input(splitGroupInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return splitGroup(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      groupId: input.groupId,
      claimIds: input.claimIds,
      expectedVersion: input.expectedVersion,
    });
  });
