import { z } from "zod";
import { REPORT_FORMATS, type ReportFilter } from "@crosscheck/report";
import { DISCREPANCY_KINDS, SEVERITIES } from "~/lib/discrepancy-kinds";

const querySchema = z.object({
  format: z.enum(REPORT_FORMATS).default("json"),
  scope: z.enum(["all", "discrepancies", "reviewed"]).default("all"),
  kind: z.array(z.enum(DISCREPANCY_KINDS)).default([]),
  severity: z.array(z.enum(SEVERITIES)).default([]),
  article: z.array(z.string().max(64)).max(200).default([]),
  inline: z.enum(["1", "0"]).optional(),
});

export type ReportQuery =
  | { ok: true; format: (typeof REPORT_FORMATS)[number]; filter: ReportFilter; inline: boolean }
  | { ok: false; error: string };

/** `?format=csv&scope=discrepancies&kind=date&kind=number&article=…` to a filter, or a clear refusal. */
export function parseReportQuery(params: URLSearchParams): ReportQuery {
  const parsed = querySchema.safeParse({
    format: params.get("format") ?? undefined,
    scope: params.get("scope") ?? undefined,
    kind: params.getAll("kind"),
    severity: params.getAll("severity"),
    article: params.getAll("article"),
    inline: params.get("inline") ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid ${issue?.path.join(".") || "query"}: ${issue?.message ?? "not understood"}` };
  }
  const { format, scope, kind, severity, article, inline } = parsed.data;
  return {
    ok: true,
    format,
    inline: inline === "1",
    filter: {
      scope,
      ...(kind.length ? { kinds: kind } : {}),
      ...(severity.length ? { severities: severity } : {}),
      ...(article.length ? { articleIds: article } : {}),
    },
  };
}
