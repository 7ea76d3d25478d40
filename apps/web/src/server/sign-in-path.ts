/** True for the sign-in page itself (a path, with or without its query), which signed-out visitors may always reach. */
export function isSignInPath(path: string): boolean {
  const pathname = path.split("?", 1)[0] ?? "";
  return pathname === "/login" || pathname.startsWith("/login/");
}

/** Where a signed-out visitor is sent: the sign-in page, and back to `next` afterwards. */
export function signInPathFor(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}
