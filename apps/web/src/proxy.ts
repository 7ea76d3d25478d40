import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteMutation } from "~/server/check-same-origin";
import { contentSecurityPolicy } from "~/server/content-security-policy";

/**
 * Runs before every request: refuses cross-site mutations (CSRF) on every route, tRPC or not,
 * and gives each page a fresh CSP nonce. API routes set their own policies (the report's is stricter).
 */
export function proxy(request: NextRequest) {
  if (isCrossSiteMutation(request)) {
    return NextResponse.json({ error: "Cross-site request refused." }, { status: 403 });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // the layout sends signed-out visitors to the sign-in page and back here afterwards
  headers.set("x-crosscheck-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
