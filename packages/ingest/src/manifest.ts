import { z } from "zod";

const isoDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    "an ISO date such as 2025-08-20 or 2025-08-20T16:28",
  );

export const manifestEntrySchema = z.object({
  file: z.string().min(1),
  title: z.string().trim().min(1).max(500).nullable().optional(),
  outlet: z.string().trim().max(200).nullable().optional(),
  author: z.string().trim().max(200).nullable().optional(),
  url: z.url().max(2000).nullable().optional(),
  publishedAt: isoDate.nullable().optional(),
  language: z.string().max(20).nullable().optional(),
});

export const manifestSchema = z.array(manifestEntrySchema);
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export type ParsedManifest = { ok: true; entries: Map<string, ManifestEntry> } | { ok: false; error: string };

export function parseManifest(json: string): ParsedManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `manifest.json is not valid JSON (${(error as Error).message})` };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `manifest.json: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "is invalid"}` };
  }
  return { ok: true, entries: new Map(parsed.data.map((entry) => [entry.file, entry])) };
}
