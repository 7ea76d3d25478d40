import { z } from "zod";
import { buildMatrix } from "../../services/overview/build-matrix.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

export const matrixOutput = z.object({
  articles: z.array(z.object({ id: z.string(), title: z.string(), outlet: z.string().nullable(), sourceName: z.string() })),
  rows: z.array(
    z.object({
      groupId: z.string(),
      label: z.string(),
      severity: z.string().nullable(),
      cells: z.array(z.object({ articleId: z.string(), state: z.enum(["absent", "agrees", "differs"]), severity: z.string().nullable() })),
    }),
  ),
});

export const getMatrixProcedure = workspaceProcedure
  .input(workspaceInput)
  .output(matrixOutput)
  .query(async ({ ctx, input }) => buildMatrix(ctx.db, (await findWorkspaceBySlug(ctx.db, input.workspace)).id));
