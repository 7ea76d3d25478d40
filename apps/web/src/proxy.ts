import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { AUTH_COOKIE_PREFIX, authModeOf, type AuthMode } from "@crosscheck/api/auth-mode";
import { isCrossSiteMutation } from "~/server/check-same-origin";
import { contentSecurityPolicy } from "~/server/content-security-policy";
import { isSignInPath, signInPathFor } from "~/server/sign-in-path";
import { readEnv } from "@crosscheck/env";

/**
 * Runs before every request: refuses cross-site mutations (CSRF) on every route, tRPC or not,
 * and gives each page a fresh CSP nonce. API routes set their own policies (the report's is stricter).
 */
export function proxy(request: NextRequest) {
  if (isCrossSiteMutation(request)) {
    return NextResponse.json({ error: "Cross-site request refused." }, { status: 403 });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (isSignedOutPageVisit(request)) {
    return NextResponse.redirect(new URL(signInPathFor(request.nextUrl.pathname + request.nextUrl.search), request.url));
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, readEnv().NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // the layout sends signed-out visitors to the sign-in page and back here afterwards
  headers.set("x-crosscheck-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

let mode: AuthMode | null = null;

/**
 * A page request without a session cookie on a shared server: sent to sign in before any page
 * renders, since a page's data prefetches would otherwise run (and be refused, with an error in
 * the server log) beside the layout's own redirect. Only a hint: the layout still checks the
 * session itself, so an expired cookie is caught there.
 */
function isSignedOutPageVisit(request: NextRequest): boolean {
  mode ??= authModeOf();
  if (mode !== "accounts" || isSignInPath(request.nextUrl.pathname)) return false;
  // page loads only: the icon and other files are served to the sign-in page too
  if (request.method !== "GET" || !(request.headers.get("accept") ?? "").includes("text/html")) return false;
  return !getSessionCookie(request, { cookiePrefix: AUTH_COOKIE_PREFIX });
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
