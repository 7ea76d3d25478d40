import { z } from "zod";
import { consumeInvitation } from "../../services/auth/rate-limits.ts";
import { inviteMember } from "../../services/member/invite-member.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { roleSchema } from "../member/shared-input.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const createInvitationInput = z.object({ workspace: slugSchema, email: z.string().trim().min(3).max(254), role: roleSchema });
export const createInvitationOutput = z.object({ email: z.string(), role: roleSchema, message: z.string() });

/** An admin invites an address with a role: the same answer whether or not it has an account (see inviteMember). */
export const createInvitationProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(createInvitationInput)
  .output(createInvitationOutput)
  .mutation(async ({ ctx, input }) => {
    await consumeInvitation(ctx.reviewer.id);
    return inviteMember(ctx.db, { workspaceId: ctx.workspace.id, actorId: ctx.reviewer.id, email: input.email, role: input.role });
  });
