import { getDb } from "~/server/db";
import { createTrpcHandler } from "./create-trpc-handler";

export const dynamic = "force-dynamic";

// Cross-site requests are refused before they get here (src/proxy.ts checks every mutation's origin);
// bodies over the API's limit are refused here (read-request-within-limit.ts).
const handler = createTrpcHandler(getDb);

export { handler as GET, handler as POST };
