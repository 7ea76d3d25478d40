import { z } from "zod";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";

export const slugSchema = z.string().trim().min(1).max(80).regex(/^[a-z0-9-]+$/, "a workspace slug");
export const getWorkspaceInput = z.object({ slug: slugSchema });
export const getWorkspaceOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: z.date(),
});

export const getWorkspaceProcedure = authedProcedure
  .meta({ workspaceField: "slug" })
  .input(getWorkspaceInput)
  .output(getWorkspaceOutput)
  .query(({ ctx, input }) => findWorkspaceBySlug(ctx.db, input.slug));
