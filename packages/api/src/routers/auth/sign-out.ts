import { z } from "zod";
import { signOut } from "../../services/auth/sign-in.ts";
import { publicProcedure } from "../../trpc.ts";

export const signOutProcedure = publicProcedure
  .input(z.void())
  .output(z.object({ signedOut: z.boolean() }))
  .mutation(async ({ ctx }) => {
    if (ctx.mode !== "accounts") return { signedOut: false };
    await signOut(ctx.db, ctx.requestHeaders ?? new Headers(), ctx.responseHeaders);
    return { signedOut: true };
  });
