import type { Db } from "@crosscheck/db";
import { isAPIError } from "better-auth/api";
import { DomainError } from "../../domain-error.ts";
import { authFor } from "./create-auth.ts";

function passCookies(from: Headers, to: Headers | undefined): void {
  if (to) for (const cookie of from.getSetCookie()) to.append("set-cookie", cookie);
}

/** Checks the password (better-auth, scrypt) and starts a database session; its cookie goes in resHeaders. */
export async function signInWithPassword(
  db: Db,
  {
    credentials,
    headers,
    resHeaders,
  }: { credentials: { email: string; password: string }; headers: Headers; resHeaders: Headers | undefined },
) {
  try {
    const { headers: out, response } = await authFor(db).api.signInEmail({
      body: { ...credentials, rememberMe: true },
      headers,
      returnHeaders: true,
    });
    passCookies(out, resHeaders);
    return { id: response.user.id, name: response.user.name };
  } catch (error) {
    // one message for an unknown email and a wrong password: which accounts exist stays private
    if (isAPIError(error) && error.statusCode < 500) throw new DomainError("UNAUTHENTICATED", "Wrong email or password.");
    throw error;
  }
}

/** Ends the request's session in the database and clears its cookie. */
export async function signOut(db: Db, headers: Headers, resHeaders: Headers | undefined): Promise<void> {
  if (!headers.get("cookie")) return;
  try {
    const { headers: out } = await authFor(db).api.signOut({ headers, returnHeaders: true });
    passCookies(out, resHeaders);
  } catch (error) {
    // no session to end: signing out is done either way
    if (!(isAPIError(error) && error.statusCode < 500)) throw error;
  }
}
