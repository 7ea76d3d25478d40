// with the u flag a surrogate pair is one code point, so only a lone surrogate matches
const LONE_SURROGATE = /\p{Surrogate}/u;

export interface UnstorableText {
  /** where in the input, e.g. "input.sources[2].name" */
  path: string;
  problem: "a NUL character" | "a broken character (a lone surrogate)";
}

/** The first string (value or key) in an input that no database can store, or null. */
export function findUnstorableText(value: unknown, path = "input", depth = 0): UnstorableText | null {
  if (typeof value === "string") {
    if (value.includes("\u0000")) return { path, problem: "a NUL character" };
    return LONE_SURROGATE.test(value) ? { path, problem: "a broken character (a lone surrogate)" } : null;
  }
  if (depth > 32 || value === null || typeof value !== "object") return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [`[${i}]`, item])
    : Object.entries(value).map(([key, item]) => [`.${key}`, item]);
  for (const [step, item] of entries) {
    const inKey = Array.isArray(value) ? null : findUnstorableText(step.slice(1), `${path} (a field name)`, depth + 1);
    const found = inKey ?? findUnstorableText(item, `${path}${step}`, depth + 1);
    if (found) return found;
  }
  return null;
}
