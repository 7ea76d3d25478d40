import { createTRPCRouter } from "../../trpc.ts";
import { listDisagreementsProcedure } from "./list-disagreements.ts";
import { setRequiredAgreementProcedure } from "./set-required-agreement.ts";
import { settleGroupProcedure } from "./settle-group.ts";

export const curationRouter = createTRPCRouter({
  list: listDisagreementsProcedure,
  settle: settleGroupProcedure,
  setRequiredAgreement: setRequiredAgreementProcedure,
});
