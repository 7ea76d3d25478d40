import { z } from "zod";
import { idSchema } from "../alignment/shared-input.ts";

/** Accepting or declining names only the invitation: it must have been sent to the caller's address. */
export const answerInvitationInput = z.object({ invitationId: idSchema });
