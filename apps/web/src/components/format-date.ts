/** Shows a publication date as precisely as the source gave it, never more. */
export function formatPublished(iso: string | null): string {
  if (!iso) return "date unknown";
  const [date, time] = iso.split("T");
  return time ? `${date} ${time.slice(0, 5)}` : (date ?? iso);
}
