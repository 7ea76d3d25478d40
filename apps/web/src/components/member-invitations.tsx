"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "./local-time";

/** The workspace's pending invitations, for its admins: addresses only, no names, until someone accepts. */
export function MemberInvitations({ slug, onChanged }: { slug: string; onChanged: () => void }) {
  const trpc = useTRPC();
  const { data: invitations } = useSuspenseQuery(trpc.invitation.list.queryOptions({ workspace: slug }));
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions({ onSettled: onChanged }));
  if (invitations.length === 0) return <p className="muted">No pending invitations.</p>;
  return (
    <>
      {revoke.error ? (
        <p role="alert" className="error-box">
          {revoke.error.message}
        </p>
      ) : null}
      <table aria-label="Pending invitations">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Invited</th>
            <th scope="col">Withdraw</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id}>
              <td>{i.email}</td>
              <td>{i.role}</td>
              <td>
                <LocalTime at={i.createdAt} />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => revoke.mutate({ workspace: slug, invitationId: i.id })}
                  disabled={revoke.isPending}
                  aria-label={`Revoke the invitation to ${i.email}`}
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
