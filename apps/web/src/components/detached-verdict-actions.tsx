"use client";

import { useDeferredValue, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** Re-attach a detached verdict to a group found by search, or retire it. */
export function DetachedVerdictActions({ slug, verdictId, hint }: { slug: string; verdictId: string; hint: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  // the claim's first words find the group that now holds it, most of the time
  const [query, setQuery] = useState(hint.split(/\s+/).slice(0, 4).join(" "));
  const deferred = useDeferredValue(query.trim());
  const [groupId, setGroupId] = useState("");
  const groups = useQuery(trpc.group.list.queryOptions({ workspace: slug, ...(deferred ? { query: deferred } : {}) }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.verdict.listDetached.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() }),
    ]);
  const reattach = useMutation(
    trpc.verdict.reattach.mutationOptions({
      onSuccess: async (r) => {
        await refresh();
        router.push(`/w/${slug}/groups/${r.groupId}`);
      },
    }),
  );
  const retire = useMutation(trpc.verdict.retire.mutationOptions({ onSuccess: refresh }));
  const error = reattach.error ?? retire.error;
  return (
    <div className="detached-actions">
      <label>
        Find the group
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <label>
        Group
        <select value={groupId} onChange={(e) => setGroupId(e.target.value)} aria-busy={groups.isFetching}>
          <option value="">{groups.data?.groups.length ? "Choose a group…" : "No group matches"}</option>
          {(groups.data?.groups ?? []).slice(0, 50).map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!groupId || reattach.isPending}
        onClick={() => reattach.mutate({ workspace: slug, verdictId, groupId })}
      >
        Re-attach
      </button>
      <button type="button" disabled={retire.isPending} onClick={() => retire.mutate({ workspace: slug, verdictId })}>
        Retire
      </button>
      {error ? (
        <p role="alert" className="error-box">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
