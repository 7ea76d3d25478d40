import { z } from "zod";
import { slugSchema } from "../workspace/get-workspace.ts";

export const idSchema = z.string().min(1).max(200);
export const workspaceInput = z.object({ workspace: slugSchema });
export const groupRefOutput = z.object({ groupId: z.string().nullable() });
