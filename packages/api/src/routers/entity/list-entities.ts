import { z } from "zod";
import { listEntities } from "../../services/entity/list-entities.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { searchSchema, workspaceInput } from "../alignment/shared-input.ts";

export const entityTypeSchema = z.enum(["person", "place", "organization"]);
export const listEntitiesInput = workspaceInput.extend({
  type: entityTypeSchema.optional(),
  query: searchSchema.optional(),
  variantsOnly: z.boolean().optional(),
});

export const listEntitiesOutput = z.array(
  z.object({
    id: z.string(),
    type: z.string(),
    canonical: z.string(),
    mentionCount: z.number().int(),
    /** roles the texts give the person, with the country when stated ("President of Iran") */
    roles: z.array(z.string()),
    forms: z.array(
      z.object({ text: z.string(), count: z.number().int(), articles: z.array(z.object({ id: z.string(), name: z.string() })) }),
    ),
  }),
);

export const listEntitiesProcedure = workspaceProcedure
  .input(listEntitiesInput)
  .output(listEntitiesOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return listEntities(ctx.db, workspace.id, { type: input.type, query: input.query || undefined, variantsOnly: input.variantsOnly });
  });
