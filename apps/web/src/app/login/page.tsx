import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthSignInForm } from "~/components/auth-sign-in-form";
import { resolveNextPath } from "~/server/sign-in-path";
import { getQueryClient, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // only a path on this server: a crafted ?next= never sends anyone elsewhere, here or after signing in
  const next = resolveNextPath((await searchParams).next);
  const session = await getQueryClient().fetchQuery(trpc.auth.session.queryOptions());
  if (session.mode === "local") {
    return (
      <>
        <h1>Sign in</h1>
        <p>
          This server runs in single-user mode: the local reviewer is signed in automatically. <Link href="/">Go to the workspaces</Link>.
        </p>
      </>
    );
  }
  if (session.reviewer) redirect(next);
  return (
    <>
      <h1>Sign in</h1>
      <p className="muted">Crosscheck runs as a shared server here: sign in with the account an administrator made for you.</p>
      <AuthSignInForm next={next} />
    </>
  );
}
