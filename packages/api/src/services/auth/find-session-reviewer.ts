import type { Db } from "@crosscheck/db";
import { authFor } from "./create-auth.ts";

/**
 * The reviewer the request's session cookie belongs to, or null. better-auth checks the cookie's
 * signature and the session's expiry; a session it refreshes comes back with a new cookie, which
 * is passed on when the transport can send headers.
 */
export async function findSessionReviewer(db: Db, headers: Headers, resHeaders?: Headers) {
  if (!headers.get("cookie")) return null;
  const { headers: out, response } = await authFor(db).api.getSession({ headers, returnHeaders: true });
  if (resHeaders) for (const cookie of out.getSetCookie()) resHeaders.append("set-cookie", cookie);
  if (!response) return null;
  return db.reviewer.findUnique({
    where: { id: response.user.id },
    select: { id: true, name: true, email: true, isLocal: true, isAdmin: true },
  });
}
