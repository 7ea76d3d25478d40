/**
 * The pages' Content-Security-Policy: scripts only from this server and those carrying the
 * request's nonce (Next.js adds it to its own inline scripts), so a script that found its way into
 * stored text never runs. Styles may be inline (React's style attributes); no plugins, no framing
 * by other sites, forms post only here.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}
