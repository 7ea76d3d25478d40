import { z } from "zod";
import { revokeInvitation } from "../../services/member/revoke-invitation.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema } from "../alignment/shared-input.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const revokeInvitationInput = z.object({ workspace: slugSchema, invitationId: idSchema });
export const revokeInvitationOutput = z.object({ revoked: z.string() });

export const revokeInvitationProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(revokeInvitationInput)
  .output(revokeInvitationOutput)
  .mutation(({ ctx, input }) =>
    revokeInvitation(ctx.db, { workspaceId: ctx.workspace.id, actorId: ctx.reviewer.id, invitationId: input.invitationId }),
  );
