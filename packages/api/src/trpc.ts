// 1. initialisation: superjson for dates, zod errors flattened for forms
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context.ts";
import { DomainError, toTRPCError } from "./domain-error.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    // the generic formatter would echo the stack in development; clients never need it
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, data: { ...data, zodError } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// 2. middleware: every domain error is mapped in exactly one place
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error.cause instanceof DomainError ? result.error.cause : result.error);
  return result;
});

const requireReviewer = t.middleware(({ ctx, next }) => {
  if (!ctx.reviewer) throw toTRPCError(new DomainError("UNAUTHENTICATED", "Sign in to do this."));
  return next({ ctx: { ...ctx, reviewer: ctx.reviewer } });
});

// 3. base procedures
export const publicProcedure = t.procedure.use(mapErrors);
export const authedProcedure = publicProcedure.use(requireReviewer);
