import { createTRPCRouter } from "../../trpc.ts";
import { listAuditEventsProcedure } from "./list-audit-events.ts";

// read-only on purpose: the audit trail is append-only, written by the changes themselves
export const auditRouter = createTRPCRouter({ list: listAuditEventsProcedure });
