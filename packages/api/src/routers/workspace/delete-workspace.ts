import { z } from "zod";
import { DomainError } from "../../domain-error.ts";
import { deleteWorkspace } from "../../services/workspace/delete-workspace.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "./get-workspace.ts";

// the slug typed again: deleting is final, so it is never one stray click
export const deleteWorkspaceInput = z.object({ workspace: slugSchema, confirm: z.string().trim().max(80) });

export const deleteWorkspaceProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(deleteWorkspaceInput)
  .output(z.object({ deleted: z.string() }))
  .mutation(async ({ ctx, input }) => {
    if (input.confirm !== input.workspace)
      throw new DomainError("INVALID_INPUT", `Type the workspace's slug "${input.workspace}" to confirm.`);
    const { workspace } = ctx;
    return deleteWorkspace(ctx.db, workspace, ctx.reviewer.id);
  });
