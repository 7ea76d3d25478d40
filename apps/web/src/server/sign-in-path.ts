/** True for the sign-in page itself (a path, with or without its query), which signed-out visitors may always reach. */
export function isSignInPath(path: string): boolean {
  const pathname = path.split("?", 1)[0] ?? "";
  return pathname === "/login" || pathname.startsWith("/login/");
}

/** Where a signed-out visitor is sent: the sign-in page, and back to `next` afterwards. */
export function signInPathFor(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}

// Any origin will do: only a path on it is ever handed back. ".invalid" never resolves.
const PLACEHOLDER_ORIGIN = "http://next.invalid";
// what the URL standard (and so every browser) removes from anywhere in a URL before parsing it
const TAB_OR_NEWLINE = /[\t\n\r]/g;
// "/" then "/" or a backslash: a path another host hides in once a browser, proxy or server decodes it
const OTHER_HOST_PATH = /^\/[\/\\]/;

/** The path as whatever decodes it last would see it: percent-decoded until stable, tabs and newlines gone. */
function decodePath(pathname: string): string {
  let path = pathname;
  for (let i = 0; i < 5; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break;
    }
    if (decoded === path) break;
    path = decoded;
  }
  return path.replace(TAB_OR_NEWLINE, "");
}

/**
 * Where to go after signing in: a path on this server, else "/". The value is read the way a
 * browser reads it (tabs and newlines dropped, backslashes as slashes, then the WHATWG URL parser),
 * so "/\t/evil.example" or "/\\evil.example" cannot become "//evil.example", another host; nor can
 * an encoded form ("/%2F/evil.example", "/%09/evil.example") once something decodes it. Only the
 * path, query and fragment of a same-origin result are kept.
 */
export function resolveNextPath(next: string | string[] | null | undefined): string {
  if (typeof next !== "string" || next.length > 2000) return "/";
  let url: URL;
  try {
    url = new URL(next.replace(TAB_OR_NEWLINE, ""), `${PLACEHOLDER_ORIGIN}/`);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || OTHER_HOST_PATH.test(decodePath(url.pathname))) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
