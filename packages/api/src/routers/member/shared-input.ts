import { z } from "zod";
import { slugSchema } from "../workspace/get-workspace.ts";

export const roleSchema = z.enum(["viewer", "reviewer", "admin"]);
export const memberInput = z.object({ workspace: slugSchema, reviewerId: z.string().min(1).max(64) });
