const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The path of the first string in an input that is not well-formed Unicode (a lone surrogate),
 * or null. Such a string cannot be stored as UTF-8: the database driver would fail deep inside a
 * query, so every input is checked once, at the door, before any schema or service sees it.
 */
export function findIllFormedText(value: unknown, path = "input", depth = 0): string | null {
  // with the u flag a surrogate pair is one code point, so only a lone surrogate matches
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = findIllFormedText(key, `${path} key`, depth + 1) ?? findIllFormedText(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}
