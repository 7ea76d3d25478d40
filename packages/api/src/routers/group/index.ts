import { createTRPCRouter } from "../../trpc.ts";
import { getGroupProcedure } from "./get-group.ts";
import { listGroupsProcedure } from "./list-groups.ts";

export const groupRouter = createTRPCRouter({ list: listGroupsProcedure, byId: getGroupProcedure });
