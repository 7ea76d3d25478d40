import { z } from "zod";
import { listPendingInvitations } from "../../services/member/list-invitations.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const listInvitationsInput = z.object({ workspace: slugSchema });
export const listInvitationsOutput = z.array(z.object({ id: z.string(), email: z.string(), role: z.string(), createdAt: z.date() }));

/** The workspace's pending invitations, for its admins: addresses and roles, never names. */
export const listInvitationsProcedure = workspaceProcedure
  .meta({ minRole: "admin" })
  .input(listInvitationsInput)
  .output(listInvitationsOutput)
  .query(({ ctx }) => listPendingInvitations(ctx.db, ctx.workspace.id));
