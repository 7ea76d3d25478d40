/**
 * A moment in the reader's own locale and time zone. The server renders it in its own, and the
 * browser's rendering replaces it on hydration: the mismatch is expected, so React is told so.
 */
export function LocalTime({ at }: { at: Date }) {
  return (
    <time dateTime={at.toISOString()} suppressHydrationWarning>
      {at.toLocaleString()}
    </time>
  );
}
