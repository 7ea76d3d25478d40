/** A short reading of a mention's normalized value, for tooltips and lists. */
export function describeNormalized(type: string, value: unknown): string {
  if (!value || typeof value !== "object") return "";
  const v = value as Record<string, unknown>;
  if (type === "date") {
    if (!v.start) return `unresolved (${String(v.precision ?? "unknown")})`;
    return v.start === v.end
      ? `${String(v.start)} (${String(v.precision)})`
      : `${String(v.start)} – ${String(v.end)} (${String(v.precision)})`;
  }
  if (type === "number") {
    const unit = v.unit ? ` ${String(v.unit)}` : "";
    const approx = v.approx && v.approx !== "exact" ? `${String(v.approx)} ` : "";
    return `${approx}${String(v.value)}${unit}`;
  }
  return typeof v.name === "string" ? v.name : "";
}
