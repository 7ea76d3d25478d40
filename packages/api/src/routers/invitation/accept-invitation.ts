import { z } from "zod";
import { acceptInvitation } from "../../services/member/answer-invitation.ts";
import { authedProcedure } from "../../trpc.ts";
import { answerInvitationInput } from "./answer-input.ts";

export const acceptInvitationOutput = z.object({ workspace: z.string(), role: z.string() });

export const acceptInvitationProcedure = authedProcedure
  .meta({ access: "signed-in" })
  .input(answerInvitationInput)
  .output(acceptInvitationOutput)
  .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.reviewer, input.invitationId));
