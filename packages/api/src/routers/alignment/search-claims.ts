import { z } from "zod";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, isStorableText, storableText, workspaceInput } from "./shared-input.ts";

export const searchClaimsInput = workspaceInput.extend({
  query: z.string().trim().min(2).max(200).refine(isStorableText, storableText),
  excludeGroupId: idSchema.optional(),
});

export const searchClaimsOutput = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    groupId: z.string().nullable(),
    article: z.object({ title: z.string(), outlet: z.string().nullable(), sourceName: z.string() }),
  }),
);

/** Claims whose text contains the words typed, for linking claims the engine missed. */
export const searchClaimsProcedure = workspaceProcedure
  .input(searchClaimsInput)
  .output(searchClaimsOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const rows = await ctx.db.claim.findMany({
      where: {
        workspaceId: workspace.id,
        text: { contains: input.query },
        ...(input.excludeGroupId ? { groups: { none: { groupId: input.excludeGroupId } } } : {}),
      },
      select: {
        id: true,
        text: true,
        groups: { select: { groupId: true } },
        article: { select: { title: true, outlet: true, sourceName: true } },
      },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      take: 20,
    });
    return rows.map((r) => ({ id: r.id, text: r.text, groupId: r.groups[0]?.groupId ?? null, article: r.article }));
  });
