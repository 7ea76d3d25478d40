"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";

/** `next`: where to go once signed in, a same-origin path the page made sure of (resolveNextPath). */
export function AuthSignInForm({ next }: { next: string }) {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // until the page is hydrated a submit would be the browser's own GET, with the password in the URL
  const ready = useHydrated();
  // a full page load: the layout and every page read the new session cookie
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: () => window.location.assign(next) }));
  return (
    <form className="toolbar" aria-label="Sign in" method="post" onSubmit={(e) => (e.preventDefault(), signIn.mutate({ email, password }))}>
      <label>
        Email
        <input
          type="email"
          name="email"
          disabled={!ready}
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          maxLength={254}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          name="password"
          disabled={!ready}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          maxLength={256}
        />
      </label>
      <button type="submit" disabled={!ready || signIn.isPending}>
        {signIn.isPending ? "Signing in…" : "Sign in"}
      </button>
      {signIn.error ? (
        <p role="alert" className="error-box">
          {signIn.error.message}
        </p>
      ) : null}
    </form>
  );
}
