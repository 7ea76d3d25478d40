import { createTRPCRouter } from "../../trpc.ts";
import { recordVerdictProcedure } from "./record-verdict.ts";
import { undoVerdictProcedure } from "./undo-verdict.ts";

export const verdictRouter = createTRPCRouter({ record: recordVerdictProcedure, undo: undoVerdictProcedure });
