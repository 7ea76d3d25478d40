"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function SignOutButton() {
  const trpc = useTRPC();
  // a full page load afterwards: nothing of the signed-in session stays in the page's caches
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSuccess: () => window.location.assign("/login") }));
  return (
    <button type="button" className="link-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </button>
  );
}
