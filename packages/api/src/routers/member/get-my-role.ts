import { z } from "zod";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { roleSchema } from "./shared-input.ts";

/** The caller's role in the workspace, so pages offer only what it allows (the API enforces it either way). */
export const getMyRoleProcedure = workspaceProcedure
  .input(z.object({ workspace: slugSchema }))
  .output(z.object({ role: roleSchema }))
  .query(({ ctx }) => ({ role: ctx.workspace.role }));
