import { createTRPCRouter } from "../../trpc.ts";
import { dismissDiscrepancyProcedure } from "./dismiss-discrepancy.ts";
import { linkClaimsProcedure } from "./link-claims.ts";
import { moveClaimProcedure } from "./move-claim.ts";
import { searchClaimsProcedure } from "./search-claims.ts";
import { splitGroupProcedure } from "./split-group.ts";

export const alignmentRouter = createTRPCRouter({
  moveClaim: moveClaimProcedure,
  linkClaims: linkClaimsProcedure,
  splitGroup: splitGroupProcedure,
  dismissDiscrepancy: dismissDiscrepancyProcedure,
  searchClaims: searchClaimsProcedure,
});
