"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AppRouter } from "@crosscheck/api";
import type { inferRouterOutputs } from "@trpc/server";
import { useTRPC } from "~/trpc/react";
import { useStartAnalysisWhenFree } from "./import-start-analysis";
import { describeInputError, MetadataFields, toMetadataInput, toMetadataValues, type MetadataValues } from "./metadata-fields";

/** The fields of an article a reviewer may correct, as the API returns them. */
type ArticleMeta = Pick<
  inferRouterOutputs<AppRouter>["article"]["byId"],
  "id" | "title" | "outlet" | "author" | "url" | "publishedAt" | "language"
>;

/** Correct an article's metadata after the import; relative dates resolve against it, so the analysis re-runs. */
export function MetadataEditor({ slug, article }: { slug: string; article: ArticleMeta }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<MetadataValues>(() => toMetadataValues(article));
  const [queued, setQueued] = useState<"no" | "waiting" | "started" | "failed">("no");
  const startAnalysis = useStartAnalysisWhenFree(slug);
  const save = useMutation(
    trpc.article.updateMetadata.mutationOptions({
      onSuccess: async (result) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.analysis.pathKey() }),
        ]);
        setEditing(false);
        // a run that was already going read the old metadata: run again once it ends
        if (result.changed.length && !result.analysisStarted) {
          setQueued("waiting");
          void startAnalysis().then((outcome) => setQueued(outcome === "failed" ? "failed" : "started"));
        } else setQueued("no");
      },
    }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // an emptied field is unknown (null), not an empty string
    save.mutate({ workspace: slug, articleId: article.id, metadata: { ...toMetadataInput(values), title: values.title.trim() } });
  };
  return (
    <div className="metadata-editor">
      {editing ? (
        <form onSubmit={onSubmit} aria-label="Edit metadata">
          <MetadataFields idPrefix="edit" values={values} onChange={setValues} />
          <div className="toolbar">
            <button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save metadata"}
            </button>
            <button type="button" onClick={() => (setEditing(false), setValues(toMetadataValues(article)), save.reset())}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => (setValues(toMetadataValues(article)), setEditing(true))}>
          Edit metadata
        </button>
      )}
      <div aria-live="polite">
        {save.error ? (
          <p role="alert" className="error-box">
            {describeInputError(save.error.message)}
          </p>
        ) : null}
        {save.data && !editing ? (
          <p className="muted">
            {!save.data.changed.length
              ? "Nothing changed."
              : save.data.analysisStarted || queued === "started"
                ? `Saved (${save.data.changed.join(", ")}); re-analysing in the background.`
                : queued === "waiting"
                  ? `Saved (${save.data.changed.join(", ")}); the analysis will re-run when the one running now ends.`
                  : `Saved (${save.data.changed.join(", ")}); the analysis could not be started, use Re-run analysis.`}
          </p>
        ) : null}
      </div>
    </div>
  );
}
