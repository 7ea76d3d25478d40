import { createTRPCRouter } from "../../trpc.ts";
import { addMemberProcedure } from "./add-member.ts";
import { getMyRoleProcedure } from "./get-my-role.ts";
import { listMembersProcedure } from "./list-members.ts";
import { removeMemberProcedure } from "./remove-member.ts";
import { setMemberRoleProcedure } from "./set-member-role.ts";

export const memberRouter = createTRPCRouter({
  list: listMembersProcedure,
  myRole: getMyRoleProcedure,
  add: addMemberProcedure,
  setRole: setMemberRoleProcedure,
  remove: removeMemberProcedure,
});
