import { z } from "zod";
import { setMemberRole } from "../../services/member/manage-members.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { memberInput, roleSchema } from "./shared-input.ts";

export const setMemberRoleProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(memberInput.extend({ role: roleSchema }))
  .output(z.object({ reviewerId: z.string(), role: roleSchema }))
  .mutation(({ ctx, input }) =>
    setMemberRole(ctx.db, { workspaceId: ctx.workspace.id, actorId: ctx.reviewer.id, reviewerId: input.reviewerId, role: input.role }),
  );
