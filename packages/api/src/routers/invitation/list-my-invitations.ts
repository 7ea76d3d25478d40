import { z } from "zod";
import { listMyInvitations } from "../../services/member/list-invitations.ts";
import { authedProcedure } from "../../trpc.ts";

export const listMyInvitationsOutput = z.array(
  z.object({
    id: z.string(),
    role: z.string(),
    createdAt: z.date(),
    workspace: z.object({ slug: z.string(), name: z.string() }),
    invitedBy: z.string().nullable(),
  }),
);

/** The invitations waiting for the signed-in person, to accept or decline on the home page. */
export const listMyInvitationsProcedure = authedProcedure
  .meta({ access: "signed-in" })
  .input(z.void())
  .output(listMyInvitationsOutput)
  .query(({ ctx }) => listMyInvitations(ctx.db, ctx.reviewer));
