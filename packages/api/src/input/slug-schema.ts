import { z } from "zod";

/** A workspace's slug as procedures take it: lower-case letters, digits and dashes. */
export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, "a workspace slug");
