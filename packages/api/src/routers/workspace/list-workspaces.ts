import { z } from "zod";
import { listWorkspaces } from "../../services/workspace/list-workspaces.ts";
import { authedProcedure } from "../../trpc.ts";

export const listWorkspacesInput = z.object({ query: z.string().trim().max(200).optional() }).optional();
export const workspaceSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.date(),
  articleCount: z.number().int(),
  groupCount: z.number().int(),
});

/** The workspaces the caller belongs to (all of them for server admins and the local reviewer). */
export const listWorkspacesProcedure = authedProcedure
  .meta({ access: "signed-in" })
  .input(listWorkspacesInput)
  .output(z.array(workspaceSummary))
  .query(({ ctx, input }) =>
    listWorkspaces(ctx.db, input?.query || undefined, ctx.reviewer.isLocal || ctx.reviewer.isAdmin ? null : ctx.reviewer.id),
  );
