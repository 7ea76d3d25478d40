import type { Report, ReportArticle, ReportClaimGroup } from "../src/report-types.ts";

// Claims are written first and the article texts assembled from them, so every offset is exact.
const CLAIMS = {
  c1: { articleId: "a1", text: "Police detained 42 protesters near the square on Sunday, officials said." },
  c2: { articleId: "a2", text: "Police detained 40 protesters near the square on Sunday." },
  c3: { articleId: "a3", text: "Witnesses wrote <script>window.__x = 1; alert(1)</script> that police detained *stars* 45 protesters." },
  c4: { articleId: "a1", text: "Lukashenko said the rally was illegal." },
  c5: { articleId: "a2", text: "Lukashenka said the rally was illegal." },
  c6: { articleId: "a2", text: "The rally took place on Independence Square." },
  c7: { articleId: "a3", text: "The rally took place on _Independence_ Square | #1 <b>venue</b>." },
} as const;

type ClaimId = keyof typeof CLAIMS;

function articleText(articleId: string): string {
  return Object.values(CLAIMS)
    .filter((c) => c.articleId === articleId)
    .map((c) => c.text)
    .join("\n\n");
}

function claim(id: ClaimId): ReportClaimGroup["claims"][number] {
  const c = CLAIMS[id];
  const start = articleText(c.articleId).indexOf(c.text);
  return { id, articleId: c.articleId, text: c.text, start, end: start + c.text.length };
}

function value(claimId: ClaimId, text: string) {
  const start = CLAIMS[claimId].text.indexOf(text);
  if (start < 0) throw new Error(`fixture: ${text} not in ${claimId}`);
  return { claimId, text, start, end: start + text.length };
}

export const NOTE = 'Sources disagree: "42" vs "40", and the third says 45,\nper «Лукашэнка» statement; 卢卡申科 office did not confirm.';

const articles: ReportArticle[] = [
  {
    id: "a1",
    sourceName: "minsk-daily.html",
    title: "Dozens detained at Minsk rally",
    outlet: "Minsk Daily",
    author: "Olga K.",
    url: "https://minsk-daily.example/rally",
    publishedAt: "2026-03-02T09:30:00Z",
    text: articleText("a1"),
  },
  {
    id: "a2",
    sourceName: "nasha-niva.html",
    title: "Rally on Independence Square",
    outlet: "Nasha Niva",
    author: null,
    url: "https://nn.example/rally",
    publishedAt: "2026-03-01",
    text: articleText("a2"),
  },
  {
    id: "a3",
    sourceName: "witness-notes.txt",
    title: "Witness notes",
    outlet: null,
    author: null,
    url: null,
    publishedAt: null,
    text: articleText("a3"),
  },
];

export const fixtureReport: Report = {
  schema: "crosscheck.report.v1",
  generatedAt: "2026-03-04T12:00:00.000Z",
  workspace: { id: "w1", name: "Minsk rally" },
  articles,
  entities: [
    {
      id: "e1",
      type: "person",
      canonical: "Alexander Lukashenko",
      mentions: [
        { articleId: "a1", claimId: "c4", text: "Lukashenko", start: claim("c4").start, end: claim("c4").start + 10 },
        { articleId: "a2", claimId: "c5", text: "Lukashenka", start: claim("c5").start, end: claim("c5").start + 10 },
      ],
    },
  ],
  nameVariants: [
    {
      entityId: "e1",
      forms: [
        { text: "Lukashenko", articleIds: ["a1"], count: 1 },
        { text: "Lukashenka", articleIds: ["a2"], count: 1 },
      ],
    },
  ],
  claimGroups: [
    {
      id: "g1",
      label: "Number of protesters detained",
      claims: [claim("c1"), claim("c2"), claim("c3")],
      discrepancies: [
        {
          kind: "number",
          severity: "conflict",
          values: [value("c1", "42"), value("c2", "40"), value("c3", "45")],
          explanation: "The number of people detained differs: 42, 40 and 45.",
        },
      ],
      verdict: { label: "contradiction", note: NOTE, reviewer: "Ana Reviewer", decidedAt: "2026-03-03T10:15:00Z" },
      verdictHistory: [{ label: "discrepancy", note: "first look", reviewer: "Ana Reviewer", decidedAt: "2026-03-03T09:00:00Z" }],
    },
    {
      id: "g2",
      label: "Lukashenko calls the rally illegal",
      claims: [claim("c4"), claim("c5")],
      discrepancies: [
        {
          kind: "name-spelling",
          severity: "variant",
          values: [value("c4", "Lukashenko"), value("c5", "Lukashenka")],
          explanation: "The name is spelled Lukashenko in one source and Lukashenka in another.",
        },
      ],
      verdict: null,
    },
    { id: "g3", label: "Where the rally took place", claims: [claim("c6"), claim("c7")], discrepancies: [], verdict: null },
  ],
  mentions: [
    {
      articleId: "a1",
      claimId: "c1",
      type: "number",
      text: "42",
      start: claim("c1").start + 16,
      end: claim("c1").start + 18,
      normalized: { value: 42, min: 42, max: 42, unit: null },
    },
    {
      articleId: "a2",
      claimId: "c2",
      type: "number",
      text: "40",
      start: claim("c2").start + 16,
      end: claim("c2").start + 18,
      normalized: { value: 40, min: 40, max: 40, unit: null },
    },
  ],
};

export const ALL_EXPLANATIONS = fixtureReport.claimGroups.flatMap((g) => g.discrepancies.map((d) => d.explanation));
