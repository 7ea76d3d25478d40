import { z } from "zod";
import { addMember } from "../../services/member/manage-members.ts";
import { authedProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { roleSchema } from "./shared-input.ts";

export const addMemberInput = z.object({ workspace: slugSchema, email: z.string().trim().min(3).max(254), role: roleSchema });

export const addMemberProcedure = authedProcedure
  .meta({ minRole: "admin" })
  .input(addMemberInput)
  .output(z.object({ reviewerId: z.string(), role: roleSchema }))
  .mutation(({ ctx, input }) => addMember(ctx.db, ctx.access!.workspaceId, ctx.reviewer.id, input.email, input.role));
