import { detect } from "tinyld";

/** An ISO 639-1 code from a declared tag ("en-GB", "ru_RU", "be") or null when it is no language tag. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The language of a text when its source does not say: tinyld's guess over the opening of the text. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/[^\p{L}]/gu, "").length < 20) return null;
  return normalizeLanguageTag(detect(sample)) ?? null;
}
