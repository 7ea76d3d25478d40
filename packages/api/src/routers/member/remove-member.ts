import { z } from "zod";
import { removeMember } from "../../services/member/manage-members.ts";
import { authedProcedure } from "../../trpc.ts";
import { memberInput } from "./shared-input.ts";

export const removeMemberProcedure = authedProcedure
  .meta({ minRole: "admin" })
  .input(memberInput)
  .output(z.object({ removed: z.string() }))
  .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.access!.workspaceId, ctx.reviewer.id, input.reviewerId));
