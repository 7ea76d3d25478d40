import { createTRPCRouter } from "../../trpc.ts";
import { listDetachedVerdictsProcedure } from "./list-detached-verdicts.ts";
import { reattachVerdictProcedure } from "./reattach-verdict.ts";
import { recordVerdictProcedure } from "./record-verdict.ts";
import { retireVerdictProcedure } from "./retire-verdict.ts";
import { undoVerdictProcedure } from "./undo-verdict.ts";

export const verdictRouter = createTRPCRouter({
  record: recordVerdictProcedure,
  undo: undoVerdictProcedure,
  listDetached: listDetachedVerdictsProcedure,
  reattach: reattachVerdictProcedure,
  retire: retireVerdictProcedure,
});
