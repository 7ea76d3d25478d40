import { createTRPCRouter } from "../../trpc.ts";
import { getAgreementProcedure } from "./get-agreement.ts";

export const agreementRouter = createTRPCRouter({ summary: getAgreementProcedure });
