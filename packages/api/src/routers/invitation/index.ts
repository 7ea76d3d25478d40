import { createTRPCRouter } from "../../trpc.ts";
import { acceptInvitationProcedure } from "./accept-invitation.ts";
import { createInvitationProcedure } from "./create-invitation.ts";
import { declineInvitationProcedure } from "./decline-invitation.ts";
import { listInvitationsProcedure } from "./list-invitations.ts";
import { listMyInvitationsProcedure } from "./list-my-invitations.ts";
import { revokeInvitationProcedure } from "./revoke-invitation.ts";

export const invitationRouter = createTRPCRouter({
  create: createInvitationProcedure,
  list: listInvitationsProcedure,
  revoke: revokeInvitationProcedure,
  mine: listMyInvitationsProcedure,
  accept: acceptInvitationProcedure,
  decline: declineInvitationProcedure,
});
