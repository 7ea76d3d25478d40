import { z } from "zod";
import { declineInvitation } from "../../services/member/answer-invitation.ts";
import { authedProcedure } from "../../trpc.ts";
import { answerInvitationInput } from "./answer-input.ts";

export const declineInvitationOutput = z.object({ declined: z.string() });

export const declineInvitationProcedure = authedProcedure
  .meta({ access: "signed-in" })
  .input(answerInvitationInput)
  .output(declineInvitationOutput)
  .mutation(({ ctx, input }) => declineInvitation(ctx.db, ctx.reviewer, input.invitationId));
