"use client";

import { useState } from "react";
import Link from "next/link";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "./local-time";

/** Invitations sent to the signed-in person's address: accepting one makes them a member. */
export function InvitationInbox() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: invitations } = useSuspenseQuery(trpc.invitation.mine.queryOptions());
  const [joined, setJoined] = useState<{ slug: string; name: string; role: string } | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.invitation.mine.pathFilter());
    await queryClient.invalidateQueries(trpc.workspace.list.pathFilter());
  };
  const accept = useMutation(trpc.invitation.accept.mutationOptions({ onSettled: refresh }));
  const decline = useMutation(trpc.invitation.decline.mutationOptions({ onSettled: refresh }));
  const busy = accept.isPending || decline.isPending;
  const error = accept.error ?? decline.error;
  if (invitations.length === 0 && !joined && !error) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations for you</h2>
      {joined ? (
        <p role="status">
          You joined <Link href={`/w/${joined.slug}`}>{joined.name}</Link> as {joined.role}.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error-box">
          {error.message}
        </p>
      ) : null}
      <ul className="cards" aria-label="Invitations for you">
        {invitations.map((i) => (
          <li key={i.id} className="card">
            <h3>{i.workspace.name}</h3>
            <p className="muted">
              As {i.role}
              {i.invitedBy ? `, invited by ${i.invitedBy}` : ""} · <LocalTime at={i.createdAt} />
            </p>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                accept.mutate(
                  { invitationId: i.id },
                  { onSuccess: (r) => setJoined({ slug: r.workspace, name: i.workspace.name, role: r.role }) },
                )
              }
              aria-label={`Accept the invitation to ${i.workspace.name}`}
            >
              Accept
            </button>{" "}
            <button
              type="button"
              disabled={busy}
              onClick={() => decline.mutate({ invitationId: i.id })}
              aria-label={`Decline the invitation to ${i.workspace.name}`}
            >
              Decline
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
