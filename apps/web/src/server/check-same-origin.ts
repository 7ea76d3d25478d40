const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF: whether a state-changing request comes from another site. Browsers mark every request
 * with Sec-Fetch-Site (and mutations with Origin); a page of another site cannot hide either. A
 * request with neither is not from a browser, so it carries no cookie a browser added for it;
 * one that still sends a cookie is refused. SameSite=Lax session cookies are the second line.
 */
export function isCrossSiteMutation(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  return request.headers.has("cookie");
}
