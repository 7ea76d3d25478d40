import { z } from "zod";
import { listMembers } from "../../services/member/manage-members.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { roleSchema } from "./shared-input.ts";

export const listMembersInput = z.object({
  workspace: slugSchema,
  query: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
});
export const listMembersOutput = z.array(
  z.object({ reviewerId: z.string(), name: z.string(), email: z.string().nullable(), role: z.string(), since: z.date() }),
);

export const listMembersProcedure = workspaceProcedure
  .input(listMembersInput)
  .output(listMembersOutput)
  .query(({ ctx, input }) => listMembers(ctx.db, ctx.workspace.id, { query: input.query || undefined, role: input.role }));
