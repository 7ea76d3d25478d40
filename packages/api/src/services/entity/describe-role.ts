/** A person's role as the text states it, with the country the engine read for it ("President of Iran"). */
export function describeRole(role: string | null, normalized: unknown): string | null {
  if (!role) return null;
  const country = normalized && typeof normalized === "object" ? (normalized as { roleCountry?: unknown }).roleCountry : undefined;
  return typeof country === "string" ? `${role} of ${country}` : role;
}
