import * as chrono from "chrono-node";

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A publication date as the ISO prefix its precision allows ("2025", "2025-08", "2025-08-20",
 * "2025-08-20T16:28"). A zoned timestamp keeps the publisher's local wall time, because that is
 * the calendar day the article's "today" and "yesterday" refer to.
 */
export function normalizePublishedDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const iso = raw.match(ISO_PREFIX);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    if (hh && mm) return `${y}-${m}-${d}T${hh}:${mm}`;
    return [y, m, d].filter(Boolean).join("-");
  }
  const parsed = chrono.parse(raw, new Date(2000, 0, 1))[0];
  if (!parsed) return null;
  const c = parsed.start;
  if (!c.isCertain("year")) return null;
  const y = String(c.get("year"));
  if (!c.isCertain("month")) return y;
  const m = `${y}-${pad(c.get("month") ?? 1)}`;
  if (!c.isCertain("day")) return m;
  const d = `${m}-${pad(c.get("day") ?? 1)}`;
  return c.isCertain("hour") ? `${d}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}` : d;
}
