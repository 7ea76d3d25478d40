import { z } from "zod";
import { isStorableText, storableText } from "../alignment/shared-input.ts";

/** A discrepancy's stable key (kind and its values' positions), as the group page received it. */
export const discrepancyKeySchema = z.string().min(1).max(20_000).refine(isStorableText, storableText);
