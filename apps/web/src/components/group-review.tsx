"use client";

import { useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { AlignmentTools } from "./alignment-tools";
import { ReviewersVerdicts } from "./curation-verdicts";
import { DismissButton } from "./dismiss-button";
import { GroupColumns } from "./group-columns";
import { KeyboardHelp } from "./keyboard-help";
import { SeverityChip } from "./severity-chip";
import { summarizeValues } from "./summarize-values";
import { useReviewKeys } from "./use-review-keys";
import { VERDICTS, VerdictPanel, type VerdictLabel } from "./verdict-panel";
import { VerdictChangeNotice } from "./verdict-change-notice";
import { VerdictTargetPicker, type VerdictTarget } from "./verdict-target-picker";

const labelOf = (verdicts: { id: string; label: string }[], id: string | null) => verdicts.find((v) => v.id === id)?.label ?? null;
import { LocalTime } from "./local-time";

export function GroupReview({ slug, groupId }: { slug: string; groupId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data: queue } = useSuspenseQuery(trpc.group.list.queryOptions({ workspace: slug }));
  const { data: group } = useSuspenseQuery(trpc.group.byId.queryOptions({ workspace: slug, groupId }));
  // a viewer reads and exports; the page offers no control the API would refuse
  const { data: access } = useSuspenseQuery(trpc.member.myRole.queryOptions({ workspace: slug }));
  const canReview = access.role !== "viewer";
  const targets: VerdictTarget[] = [
    { key: null, label: "the whole group", mine: labelOf(group.verdicts, group.myVerdictId) },
    ...group.discrepancies.map((d) => ({
      key: d.key,
      label: `${d.kind}: ${summarizeValues(d.values, group.claims)}`,
      mine: labelOf(group.verdicts, d.myVerdictId),
    })),
  ];
  const [target, setTarget] = useState<string | null>(null);
  const myVerdictId = target === null ? group.myVerdictId : (group.discrepancies.find((d) => d.key === target)?.myVerdictId ?? null);
  const mine = group.verdicts.find((v) => v.id === myVerdictId);
  const [note, setNote] = useState(mine?.note ?? "");
  const chooseTarget = (key: string | null) => {
    setTarget(key);
    const own = group.verdicts.find(
      (v) => v.id === (key === null ? group.myVerdictId : group.discrepancies.find((d) => d.key === key)?.myVerdictId),
    );
    setNote(own?.note ?? "");
  };
  const [helpOpen, setHelpOpen] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const position = queue.groups.findIndex((g) => g.id === groupId);
  const previous = position > 0 ? queue.groups[position - 1] : undefined;
  const next = position >= 0 ? queue.groups[position + 1] : undefined;

  // only what a verdict changes: this group and the queue's progress
  const refreshVerdicts = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.group.byId.queryKey({ workspace: slug, groupId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.group.list.queryKey() }),
    ]);
  // onSuccess waits for the refetch, so the next verdict is sent with the version and own verdict just stored
  const record = useMutation(trpc.verdict.record.mutationOptions({ onSuccess: refreshVerdicts }));
  const undo = useMutation(trpc.verdict.undo.mutationOptions({ onSuccess: refreshVerdicts }));
  const seen = { expectedVersion: group.version, expectedVerdictId: myVerdictId, discrepancyKey: target };
  const failure = record.error ?? undo.error;
  const conflict = failure?.data?.code === "CONFLICT";
  // the later writer reloads what changed, then decides again
  const reload = async () => {
    await Promise.all([refreshVerdicts(), queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() })]);
    record.reset();
    undo.reset();
  };

  const handlers = useMemo(
    () => ({
      onVerdictKey: (key: string) => {
        const verdict = VERDICTS.find((v) => v.key === key);
        if (canReview && verdict && !record.isPending) record.mutate({ workspace: slug, groupId, label: verdict.label, note, ...seen });
      },
      onNext: () => next && router.push(`/w/${slug}/groups/${next.id}`),
      onPrevious: () => previous && router.push(`/w/${slug}/groups/${previous.id}`),
      onFocusNote: () => noteRef.current?.focus(),
      onToggleHelp: () => setHelpOpen((o) => !o),
      onUndo: () =>
        !undo.isPending &&
        undo.mutate({ workspace: slug, groupId, discrepancyKey: target, ...(myVerdictId ? { expectedVerdictId: myVerdictId } : {}) }),
      onCycleTarget: () => {
        const at = targets.findIndex((t) => t.key === target);
        chooseTarget(targets[(at + 1) % targets.length]?.key ?? null);
      },
    }),
    [canReview, record, undo, slug, groupId, note, group.version, myVerdictId, target, targets, next, previous, router],
  );
  useReviewKeys(handlers);

  const current = (mine?.label ?? null) as VerdictLabel | null;
  const articleCount = new Set(group.claims.map((c) => c.articleId)).size;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> /{" "}
        <Link href={`/w/${slug}/groups`}>claim groups</Link> / group
        {position >= 0 ? ` ${position + 1} of ${queue.groups.length}` : ""}
      </nav>
      <div className="group-head">
        <h1>{group.label}</h1>
        <SeverityChip severity={group.severity} />
      </div>
      <p className="muted">
        {group.claims.length} claims from {articleCount} articles · {queue.reviewed} of {queue.total} groups reviewed ·{" "}
        <button type="button" className="link-button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          keyboard shortcuts (?)
        </button>
      </p>
      <section aria-labelledby="discrepancies-heading">
        <h2 id="discrepancies-heading">What differs</h2>
        {group.discrepancies.length === 0 ? (
          <p className="muted">No discrepancy found: the claims agree on dates, numbers, names and wording.</p>
        ) : (
          <ul className="discrepancies">
            {group.discrepancies.map((d) => (
              <li key={d.id} className={d.dismissed ? "dismissed" : undefined}>
                <span className={`chip ${d.severity}`}>
                  {d.kind} · {d.severity}
                </span>{" "}
                {d.explanation} <span className="muted">({summarizeValues(d.values, group.claims)})</span>
                {d.dismissed ? <span className="pill">dismissed</span> : null}{" "}
                {canReview ? (
                  <DismissButton
                    slug={slug}
                    discrepancyId={d.id}
                    dismissed={d.dismissed}
                    kind={d.kind}
                    groupId={groupId}
                    version={group.version}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <GroupColumns slug={slug} claims={group.claims} diffs={group.diffs} />
      {canReview ? (
        <AlignmentTools
          slug={slug}
          groupId={groupId}
          claims={group.claims}
          otherGroups={queue.groups.filter((g) => g.id !== groupId)}
          version={group.version}
        />
      ) : null}
      {canReview && mine?.state === "changed" && mine.change ? (
        <VerdictChangeNotice
          target={targets.find((t) => t.key === target)?.label ?? "this group"}
          label={mine.label}
          note={mine.note}
          change={mine.change}
          pending={record.isPending}
          onConfirm={() =>
            record.mutate({ workspace: slug, groupId, label: mine.label as VerdictLabel, note: mine.note, confirmsId: mine.id, ...seen })
          }
        />
      ) : null}
      {canReview ? <VerdictTargetPicker targets={targets} selected={target} onSelect={chooseTarget} /> : null}
      {canReview ? (
        <VerdictPanel
          ref={noteRef}
          current={current}
          pending={record.isPending}
          error={failure?.message ?? null}
          onReload={conflict ? reload : undefined}
          note={note}
          onNoteChange={setNote}
          onRecord={(label, n) => record.mutate({ workspace: slug, groupId, label, note: n, ...seen })}
        />
      ) : (
        <p className="muted">You can read and export this workspace; recording verdicts needs the reviewer role.</p>
      )}
      <ReviewersVerdicts
        slug={slug}
        status={group.status}
        decidedLabel={group.decidedLabel}
        requiredAgreement={group.requiredAgreement}
        standing={group.standing}
        settlement={group.settlement}
        recheck={group.recheck}
      />
      {canReview ? (
        <p>
          <button type="button" onClick={handlers.onUndo} disabled={!mine || undo.isPending} aria-keyshortcuts="u">
            Undo my last verdict (U)
          </button>
        </p>
      ) : null}
      <nav className="pager" aria-label="Queue">
        {previous ? (
          <Link href={`/w/${slug}/groups/${previous.id}`} aria-keyshortcuts="k">
            ← Previous (K)
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/w/${slug}/groups/${next.id}`} aria-keyshortcuts="j">
            Next (J) →
          </Link>
        ) : (
          <span className="muted">End of the queue</span>
        )}
      </nav>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Verdict history</h2>
        {group.verdicts.length === 0 ? (
          <p className="muted">No verdict recorded yet.</p>
        ) : (
          <ol className="history">
            {group.verdicts.map((v) => (
              <li key={v.id} className={v.retractedAt ? "retracted" : undefined}>
                {v.retractedAt ? <span className="pill">undone</span> : null} {v.settles ? <span className="pill">settles</span> : null}{" "}
                {v.state === "changed" && !v.retractedAt ? <span className="pill recheck">given before the group changed</span> : null}{" "}
                {v.confirmsId ? <span className="pill">confirmed after a change</span> : null} <strong>{v.label}</strong>
                {v.discrepancyKey ? (
                  <> on {targets.find((t) => t.key === v.discrepancyKey)?.label ?? "a discrepancy no longer in the group"}</>
                ) : null}{" "}
                by {v.reviewer}, <LocalTime at={v.createdAt} />
                {v.note ? (
                  <>
                    : <q>{v.note}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
