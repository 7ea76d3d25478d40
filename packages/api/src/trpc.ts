// 1. initialisation: superjson for dates, zod errors flattened for forms
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context.ts";
import { DomainError, toTRPCError } from "./domain-error.ts";
import { findUnstorableText } from "./input/find-unstorable-text.ts";
import { slugSchema } from "./input/slug-schema.ts";
import { findWorkspaceRole, roleRank } from "./services/member/find-workspace-role.ts";

export type WorkspaceRole = "viewer" | "reviewer" | "admin";

/**
 * Per-procedure metadata read by the access middleware, which guards every procedure:
 * - `access: "public"`: anyone, signed in or not (health, sign-in);
 * - `access: "signed-in"`: any signed-in reviewer (procedures not about one workspace);
 * - otherwise (the default) the caller needs `minRole` in the workspace its input names
 *   (the field `workspaceField`, default "workspace"); without `minRole`, queries need "viewer"
 *   and mutations "reviewer". Non-members get NOT_FOUND, as for a workspace that does not exist.
 */
export interface ProcedureMeta {
  minRole?: WorkspaceRole;
  access?: "public" | "signed-in" | "workspace";
  workspaceField?: string;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
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
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

// Neither database can store every string JavaScript can hold: PostgreSQL refuses NUL in text, and
// a lone surrogate cannot be encoded as UTF-8. No real text contains either, so every procedure
// refuses them up front with a clear message instead of failing deep inside a query.
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const found = findUnstorableText(await getRawInput());
  if (found) throw new DomainError("INVALID_INPUT", `${found.path} holds ${found.problem}; remove it and try again.`);
  return next();
});

const SLUG = /^[a-z0-9-]{1,80}$/;

const guardAccess = t.middleware(async ({ ctx, meta, type, getRawInput, next }) => {
  const access = meta?.access ?? "workspace";
  if (access === "public") return next();
  if (!ctx.reviewer) throw new DomainError("UNAUTHENTICATED", "Sign in to do this.");
  if (access === "signed-in") return next();
  const raw = await getRawInput();
  const field = meta?.workspaceField ?? "workspace";
  const named = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  const slug = typeof named === "string" ? named.trim() : "";
  if (!SLUG.test(slug)) throw new DomainError("INVALID_INPUT", "Name the workspace by its slug (lower-case letters, digits and dashes).");
  const found = await findWorkspaceRole(ctx.db, ctx.reviewer, slug);
  if (!found) throw new DomainError("NOT_FOUND", `No workspace "${slug}".`);
  const needed = meta?.minRole ?? (type === "query" ? "viewer" : "reviewer");
  if (roleRank(found.role) < roleRank(needed)) {
    throw new DomainError("FORBIDDEN", `This needs the ${needed} role in this workspace; yours is ${found.role}.`);
  }
  return next({ ctx: { ...ctx, access: found } });
});

const requireReviewer = t.middleware(({ ctx, next }) => {
  if (!ctx.reviewer) throw new DomainError("UNAUTHENTICATED", "Sign in to do this.");
  return next({ ctx: { ...ctx, reviewer: ctx.reviewer } });
});

// 3. base procedures: both pass the access middleware; publicProcedure defaults to public access
const guardedProcedure = t.procedure.use(mapErrors).use(refuseUnstorableText).use(guardAccess);
export const publicProcedure = t.procedure.meta({ access: "public" }).use(mapErrors).use(refuseUnstorableText).use(guardAccess);
export const authedProcedure = guardedProcedure.use(requireReviewer);

/**
 * A procedure about one workspace: its input names the workspace (`workspace`, a slug), the access
 * middleware has authorised the caller there (with `minRole` from the meta), and the handler gets
 * the workspace as a non-null `ctx.workspace`: no second lookup, no `!`.
 */
export const workspaceProcedure = authedProcedure.input(z.object({ workspace: slugSchema })).use(({ ctx, next }) => {
  // guardAccess has set it for every procedure of "workspace" access; its absence is a wiring bug
  if (!ctx.access) throw new DomainError("NOT_FOUND", "No such workspace.");
  const { workspaceId, ...rest } = ctx.access;
  return next({ ctx: { ...ctx, workspace: { id: workspaceId, ...rest } } });
});
