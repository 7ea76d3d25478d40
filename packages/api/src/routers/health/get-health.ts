import { z } from "zod";
import { publicProcedure } from "../../trpc.ts";

export const getHealthOutput = z.object({ ok: z.boolean(), database: z.enum(["up", "down"]), time: z.date() });

export const getHealth = publicProcedure.output(getHealthOutput).query(async ({ ctx }) => {
  const up = await ctx.db.workspace
    .count()
    .then(() => true)
    .catch(() => false);
  return { ok: up, database: up ? ("up" as const) : ("down" as const), time: new Date() };
});
