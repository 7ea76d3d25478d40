// 1. initialisation: superjson for dates, zod errors flattened for forms
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context.ts";
import { DomainError, toTRPCError } from "./domain-error.ts";

export type WorkspaceRole = "viewer" | "reviewer" | "admin";

/**
 * Per-procedure metadata. `minRole` is the least workspace role a caller needs; when absent,
 * queries need "viewer" and mutations "reviewer" (enforced by the access middleware).
 */
export interface ProcedureMeta {
  minRole?: WorkspaceRole;
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
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
