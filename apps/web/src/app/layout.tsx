import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignOutButton } from "~/components/sign-out-button";
import { TRPCReactProvider } from "~/trpc/react";
import { isSignInPath, signInPathFor } from "~/server/sign-in-path";
import { getQueryClient, trpc } from "~/trpc/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Crosscheck", template: "%s · Crosscheck" },
  description: "Compare reports of the same events and review what differs.",
};

// every page depends on who is signed in, and the CSP nonce is per request
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await getQueryClient().fetchQuery(trpc.auth.session.queryOptions());
  const path = (await headers()).get("x-crosscheck-path") ?? "/";
  if (session.mode === "accounts" && !session.reviewer && !isSignInPath(path)) {
    redirect(signInPathFor(path));
  }
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <TRPCReactProvider>
          <header className="site-header">
            <Link href="/" className="brand">
              Crosscheck
            </Link>
            {session.mode === "local" ? (
              <span className="local-user" title="The embedded single-user mode signs you in automatically">
                Local reviewer (single-user mode)
              </span>
            ) : session.reviewer ? (
              <span className="signed-in">
                Signed in as <strong>{session.reviewer.name}</strong>
                {session.reviewer.isAdmin ? " (server admin)" : ""} <SignOutButton />
              </span>
            ) : (
              <Link href="/login">Sign in</Link>
            )}
          </header>
          <main id="main">{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
