"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";

export function SignOutButton() {
  const trpc = useTRPC();
  // Server-rendered, the button would do nothing when pressed before the page's script runs:
  // disabled until then, as the sign-in button is.
  const ready = useHydrated();
  // a full page load afterwards: nothing of the signed-in session stays in the page's caches
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSuccess: () => window.location.assign("/login") }));
  return (
    <>
      <button type="button" className="link-button" onClick={() => signOut.mutate()} disabled={!ready || signOut.isPending}>
        Sign out
      </button>
      {signOut.isError ? <span role="alert"> Signing out failed: {signOut.error.message}</span> : null}
    </>
  );
}
