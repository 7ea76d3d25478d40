import { z } from "zod";

const text = (max: number) => z.string().trim().max(max);

/**
 * Metadata a reviewer gives or corrects. A field left out is found in the source; null says it
 * is unknown (nothing is guessed in its place).
 */
export const articleMetadataInput = z.object({
  title: text(500).min(1).optional(),
  outlet: text(200).nullable().optional(),
  author: text(200).nullable().optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/, "an ISO date such as 2025-08-20 or 2025-08-20T16:28")
    .nullable()
    .optional(),
  language: z
    .string()
    .max(35)
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a language code such as en or be")
    .nullable()
    .optional(),
});

export const importSourceInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), name: text(2000).min(1), text: z.string().max(6_000_000), meta: articleMetadataInput.optional() }),
  // files arrive as base64 so the server, not the browser, decides what their bytes are
  z.object({ kind: z.literal("file"), name: text(200).min(1), base64: z.string().max(8_000_000), meta: articleMetadataInput.optional() }),
  // fetched on the server, through the address checks of services/fetch
  z.object({ kind: z.literal("url"), url: text(2000).min(1), meta: articleMetadataInput.optional() }),
]);

export const refusalOutput = z.object({ sourceName: z.string(), reason: z.string() });

export const metadataOutput = z.object({
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedPrecision: z.string().nullable(),
  language: z.string().nullable(),
});
