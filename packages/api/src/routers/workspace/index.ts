import { createTRPCRouter } from "../../trpc.ts";
import { createWorkspaceProcedure } from "./create-workspace.ts";
import { deleteWorkspaceProcedure } from "./delete-workspace.ts";
import { getWorkspaceProcedure } from "./get-workspace.ts";
import { listWorkspacesProcedure } from "./list-workspaces.ts";

export const workspaceRouter = createTRPCRouter({
  list: listWorkspacesProcedure,
  bySlug: getWorkspaceProcedure,
  create: createWorkspaceProcedure,
  delete: deleteWorkspaceProcedure,
});
