import { z } from "zod";
import { slugSchema } from "../workspace/get-workspace.ts";

// Database ids are printable ASCII (cuids, or analysis ids such as "workspace:e12"): refusing
// anything else keeps NULs and broken UTF-16 away from the drivers, which answer those with internal errors.
export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7E]+$/, "Not a valid id.");

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text a person types: NUL and unpaired surrogates cannot be stored or searched by either database. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !UNPAIRED_SURROGATE.test(text);
}

export const storableText = "The text contains a NUL or a broken character: remove it and try again.";
/** a search box: trimmed, at most 200 characters */
export const searchSchema = z.string().trim().max(200).refine(isStorableText, storableText);

export const workspaceInput = z.object({ workspace: slugSchema });
/** the version of the group the reviewer had open: a change since then is refused (CONFLICT) */
export const expectedVersionSchema = z.number().int().min(0).optional();
export const groupRefOutput = z.object({ groupId: z.string().nullable() });
