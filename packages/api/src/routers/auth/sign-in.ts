import { z } from "zod";
import { DomainError } from "../../domain-error.ts";
import { MAX_PASSWORD_LENGTH } from "../../services/auth/create-auth.ts";
import { startLoginAttempt } from "../../services/auth/login-throttle.ts";
import { signInWithPassword } from "../../services/auth/sign-in.ts";
import { publicProcedure } from "../../trpc.ts";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export const signInOutput = z.object({ id: z.string(), name: z.string() });

/** Password sign-in; tries are limited per address and slowed down per account (TOO_MANY_REQUESTS past a limit, see login-throttle.ts). */
export const signInProcedure = publicProcedure
  .input(signInInput)
  .output(signInOutput)
  .mutation(async ({ ctx, input }) => {
    if (ctx.mode !== "accounts")
      throw new DomainError("INVALID_INPUT", "This server runs in single-user mode: the local reviewer is signed in already.");
    const address = ctx.clientAddress ?? "unknown";
    const attempt = await startLoginAttempt(address, input.email);
    const reviewer = await signInWithPassword(ctx.db, {
      credentials: input,
      headers: ctx.requestHeaders ?? new Headers(),
      resHeaders: ctx.responseHeaders,
    });
    await attempt.succeeded();
    return reviewer;
  });
