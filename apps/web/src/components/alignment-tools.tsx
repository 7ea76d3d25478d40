"use client";

import { useDeferredValue, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { nameSource } from "./name-source";

interface Props {
  slug: string;
  groupId: string;
  claims: { id: string; text: string; article: { outlet: string | null; sourceName: string } }[];
  otherGroups: { id: string; label: string }[];
  /** the group version on screen: a fix made on an older one is refused with a clear message */
  version?: number;
}

/** Fixing the alignment by hand: move a claim, split the group, link a claim the engine missed. */
export function AlignmentTools({ slug, groupId, claims, otherGroups, version }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [moveTarget, setMoveTarget] = useState<Record<string, string>>({});
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.overview.pathKey() }),
    ]);
  const move = useMutation(trpc.alignment.moveClaim.mutationOptions({ onSuccess: refresh }));
  const split = useMutation(
    trpc.alignment.splitGroup.mutationOptions({ onSuccess: async () => (setSelected(new Set()), await refresh()) }),
  );
  const link = useMutation(trpc.alignment.linkClaims.mutationOptions({ onSuccess: async () => (setSearch(""), await refresh()) }));
  const found = useQuery({
    ...trpc.alignment.searchClaims.queryOptions({ workspace: slug, query: deferredSearch, excludeGroupId: groupId }),
    enabled: deferredSearch.length >= 2,
  });
  const error = move.error ?? split.error ?? link.error;
  const firstClaim = claims[0];
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <details className="alignment-tools">
      <summary>Fix the grouping</summary>
      {error ? (
        <p role="alert" className="error-box">
          {error.message}
        </p>
      ) : null}
      <fieldset>
        <legend>Claims in this group</legend>
        <ul className="claim-tools">
          {claims.map((c) => (
            <li key={c.id}>
              <label>
                <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} />{" "}
                <strong>{nameSource(c.article)}</strong>: {c.text.slice(0, 110)}
                {c.text.length > 110 ? "…" : ""}
              </label>
              <span className="claim-actions">
                <label className="visually-hidden" htmlFor={`move-${c.id}`}>
                  Move this claim to
                </label>
                <select
                  id={`move-${c.id}`}
                  value={moveTarget[c.id] ?? ""}
                  onChange={(e) => setMoveTarget((m) => ({ ...m, [c.id]: e.target.value }))}
                >
                  <option value="">Move to group…</option>
                  {otherGroups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.label.slice(0, 70)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={!moveTarget[c.id] || move.isPending}
                  onClick={async () => {
                    const to = moveTarget[c.id];
                    if (!to) return;
                    await move.mutateAsync({
                      workspace: slug,
                      claimId: c.id,
                      toGroupId: to,
                      expectedVersion: version,
                      viewedGroupId: groupId,
                    });
                    router.push(`/w/${slug}/groups/${to}`);
                  }}
                >
                  Move
                </button>
                <button
                  type="button"
                  disabled={move.isPending}
                  onClick={() =>
                    move.mutate({ workspace: slug, claimId: c.id, toGroupId: null, expectedVersion: version, viewedGroupId: groupId })
                  }
                >
                  Remove from group
                </button>
              </span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          disabled={selected.size === 0 || selected.size === claims.length || split.isPending}
          onClick={() => split.mutate({ workspace: slug, groupId, claimIds: [...selected], expectedVersion: version })}
        >
          Split the checked claims into a group of their own
        </button>
      </fieldset>
      <fieldset>
        <legend>Link a claim the engine missed</legend>
        <label>
          Search claims by text
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="At least two characters" />
        </label>
        {found.data && deferredSearch.length >= 2 ? (
          found.data.length === 0 ? (
            <p className="muted">No claim outside this group contains “{deferredSearch}”.</p>
          ) : (
            <ul className="claim-tools" aria-label="Matching claims">
              {found.data.map((c) => (
                <li key={c.id}>
                  <strong>{nameSource(c.article)}</strong>: {c.text.slice(0, 140)}{" "}
                  <button
                    type="button"
                    disabled={!firstClaim || link.isPending}
                    onClick={() =>
                      firstClaim && link.mutate({ workspace: slug, claimId: firstClaim.id, otherClaimId: c.id, expectedVersion: version })
                    }
                  >
                    Link to this group
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </fieldset>
    </details>
  );
}
