"use client";

import { Suspense, useDeferredValue, useState } from "react";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { MemberInvitations } from "./member-invitations";
import { MemberInviteForm } from "./member-invite-form";
import { MemberWorkspaceDelete } from "./member-workspace-delete";

const ROLES = ["admin", "reviewer", "viewer"] as const;
type Role = (typeof ROLES)[number];

export function MemberList({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: mine } = useSuspenseQuery(trpc.member.myRole.queryOptions({ workspace: slug }));
  const { data: members } = useSuspenseQuery(trpc.member.list.queryOptions({ workspace: slug }));
  const [query, setQuery] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ workspace: slug }) });
  const refreshInvitations = () => queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey({ workspace: slug }) });
  const setMemberRole = useMutation(trpc.member.setRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.member.remove.mutationOptions({ onSuccess: refresh }));
  const isAdmin = mine.role === "admin";
  const shown = members.filter(
    (m) =>
      (!role || m.role === role) &&
      (!deferred || m.name.toLowerCase().includes(deferred) || (m.email ?? "").toLowerCase().includes(deferred)),
  );
  const error = setMemberRole.error ?? remove.error;
  return (
    <>
      <p>
        Your role here: <strong>{mine.role}</strong>
      </p>
      {isAdmin ? (
        <>
          <MemberInviteForm slug={slug} onInvited={refreshInvitations} />
          <h2>Pending invitations</h2>
          <Suspense fallback={<p aria-busy="true">Loading invitations…</p>}>
            <MemberInvitations slug={slug} onChanged={refreshInvitations} />
          </Suspense>
          <h2>Members</h2>
        </>
      ) : null}
      <div className="toolbar" role="search" aria-label="Filter members">
        <label>
          Search
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name or email" maxLength={200} />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role | "")}>
            <option value="">all roles</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" aria-live="polite">
          {shown.length} of {members.length} members
        </span>
      </div>
      {error ? (
        <p role="alert" className="error-box">
          {error.message}
        </p>
      ) : null}
      <table aria-label="Members">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            {isAdmin ? <th scope="col">Remove</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.reviewerId}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>
                {isAdmin ? (
                  <select
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    disabled={setMemberRole.isPending}
                    onChange={(e) => setMemberRole.mutate({ workspace: slug, reviewerId: m.reviewerId, role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                ) : (
                  m.role
                )}
              </td>
              {isAdmin ? (
                <td>
                  <button
                    type="button"
                    onClick={() => remove.mutate({ workspace: slug, reviewerId: m.reviewerId })}
                    disabled={remove.isPending}
                    aria-label={`Remove ${m.name}`}
                  >
                    Remove
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {members.length === 0 ? <p className="muted">No members yet: server admins see every workspace.</p> : null}
      {isAdmin ? (
        <>
          <h2>Delete the workspace</h2>
          <MemberWorkspaceDelete slug={slug} />
        </>
      ) : null}
    </>
  );
}
