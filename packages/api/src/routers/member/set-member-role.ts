import { z } from "zod";
import { setMemberRole } from "../../services/member/manage-members.ts";
import { authedProcedure } from "../../trpc.ts";
import { memberInput, roleSchema } from "./shared-input.ts";

export const setMemberRoleProcedure = authedProcedure
  .meta({ minRole: "admin" })
  .input(memberInput.extend({ role: roleSchema }))
  .output(z.object({ reviewerId: z.string(), role: roleSchema }))
  .mutation(({ ctx, input }) => setMemberRole(ctx.db, ctx.access!.workspaceId, ctx.reviewer.id, input.reviewerId, input.role));
