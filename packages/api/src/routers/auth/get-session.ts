import { z } from "zod";
import { publicProcedure } from "../../trpc.ts";

export const sessionOutput = z.object({
  mode: z.enum(["local", "accounts"]),
  reviewer: z
    .object({ id: z.string(), name: z.string(), email: z.string().nullable(), isLocal: z.boolean(), isAdmin: z.boolean() })
    .nullable(),
});

/** Who is signed in, and how: the header shows it. */
export const getSessionProcedure = publicProcedure
  .input(z.void())
  .output(sessionOutput)
  .query(({ ctx }) => ({
    mode: ctx.mode ?? "local",
    reviewer: ctx.reviewer
      ? {
          id: ctx.reviewer.id,
          name: ctx.reviewer.name,
          email: ctx.reviewer.email ?? null,
          isLocal: ctx.reviewer.isLocal,
          isAdmin: ctx.reviewer.isAdmin ?? false,
        }
      : null,
  }));
