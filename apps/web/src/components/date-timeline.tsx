"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { scaleUtc } from "d3-scale";

interface Timeline {
  articles: { id: string; title: string; outlet: string | null; sourceName: string }[];
  events: {
    id: string;
    articleId: string;
    text: string;
    start: string;
    end: string;
    precision: string;
    claimText: string;
    groupId: string | null;
  }[];
}

const ROW = 34;
const LEFT = 150;
const WIDTH = 1000;
const DAY = 86_400_000;

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Dated claims of every article on one time axis: a day is a dot, a longer span a bar. */
export function DateTimeline({ slug, timeline }: { slug: string; timeline: Timeline }) {
  const [selected, setSelected] = useState<string | null>(null);
  const scale = useMemo(() => {
    const times = timeline.events.flatMap((e) => [toTime(e.start), toTime(e.end) + DAY]);
    const min = Math.min(...times);
    const max = Math.max(...times);
    return scaleUtc()
      .domain([new Date(min - 15 * DAY), new Date(max + 15 * DAY)])
      .range([LEFT, WIDTH - 20])
      .nice();
  }, [timeline.events]);
  if (timeline.events.length === 0) return <p className="empty">No claim carries a date that could be resolved.</p>;
  const rows = timeline.articles.filter((a) => timeline.events.some((e) => e.articleId === a.id));
  const height = rows.length * ROW + 40;
  const ticks = scale.ticks(8);
  const format = scale.tickFormat(8, "%b %Y");
  const chosen = timeline.events.find((e) => e.id === selected);
  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-labelledby="timeline-heading"
        aria-describedby="timeline-desc"
        className="timeline-svg"
      >
        <desc id="timeline-desc">
          {timeline.events.length} dated mentions across {rows.length} articles, from {ticks[0] ? format(ticks[0]) : ""}.
        </desc>
        {ticks.map((t) => (
          <g key={t.toISOString()}>
            <line x1={scale(t)} x2={scale(t)} y1={0} y2={height - 30} className="tick-line" />
            <text x={scale(t)} y={height - 12} textAnchor="middle" className="tick-label">
              {format(t)}
            </text>
          </g>
        ))}
        {rows.map((article, row) => (
          <g key={article.id} transform={`translate(0, ${row * ROW + 10})`}>
            <text x={4} y={ROW / 2} className="row-label">
              {(article.outlet ?? article.sourceName).slice(0, 20)}
            </text>
            {timeline.events
              .filter((e) => e.articleId === article.id)
              .map((e) => {
                const x1 = scale(new Date(toTime(e.start)));
                const x2 = scale(new Date(toTime(e.end) + DAY));
                const label = `${e.text}: ${e.start === e.end ? e.start : `${e.start} to ${e.end}`} (${e.precision})`;
                const props = {
                  tabIndex: 0,
                  role: "button",
                  "aria-label": label,
                  className: `mark${selected === e.id ? " selected" : ""}`,
                  onClick: () => setSelected(e.id),
                  onKeyDown: (ev: React.KeyboardEvent) => (ev.key === "Enter" || ev.key === " ") && setSelected(e.id),
                };
                return x2 - x1 < 6 ? (
                  <circle key={e.id} cx={(x1 + x2) / 2} cy={ROW / 2} r={5} {...props}>
                    <title>{label}</title>
                  </circle>
                ) : (
                  <rect key={e.id} x={x1} y={ROW / 2 - 5} width={x2 - x1} height={10} rx={3} {...props}>
                    <title>{label}</title>
                  </rect>
                );
              })}
          </g>
        ))}
      </svg>
      <figcaption aria-live="polite">
        {chosen ? (
          <>
            <strong>{chosen.text}</strong> ({chosen.start === chosen.end ? chosen.start : `${chosen.start} – ${chosen.end}`},{" "}
            {chosen.precision}): “{chosen.claimText}”{" "}
            {chosen.groupId ? <Link href={`/w/${slug}/groups/${chosen.groupId}`}>open its group</Link> : null}
          </>
        ) : (
          <span className="muted">Select a mark to read its claim. Bars are ranges (a month, a season, years); dots are days.</span>
        )}
      </figcaption>
    </figure>
  );
}
