import { z } from "zod";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { slugSchema } from "../../input/slug-schema.ts";
import { authedProcedure } from "../../trpc.ts";

export { slugSchema };
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
