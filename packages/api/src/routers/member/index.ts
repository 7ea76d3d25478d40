import { createTRPCRouter } from "../../trpc.ts";
import { getMyRoleProcedure } from "./get-my-role.ts";
import { listMembersProcedure } from "./list-members.ts";
import { removeMemberProcedure } from "./remove-member.ts";
import { setMemberRoleProcedure } from "./set-member-role.ts";

export const memberRouter = createTRPCRouter({
  list: listMembersProcedure,
  myRole: getMyRoleProcedure,
  setRole: setMemberRoleProcedure,
  remove: removeMemberProcedure,
});
