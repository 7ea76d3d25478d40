import { z } from "zod";
import { removeMember } from "../../services/member/manage-members.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { memberInput } from "./shared-input.ts";

export const removeMemberProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(memberInput)
  .output(z.object({ removed: z.string() }))
  .mutation(({ ctx, input }) =>
    removeMember(ctx.db, { workspaceId: ctx.workspace.id, actorId: ctx.reviewer.id, reviewerId: input.reviewerId }),
  );
