import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCaller } from "../src/root.ts";
import type { ProcedureMeta } from "../src/trpc.ts";
import { runAnalysis } from "../src/services/analysis/run-analysis.ts";
import { importSources } from "../src/services/article/import-sources.ts";
import { addMembership, readSeedDrafts, signedInCaller, useTestApi } from "./test-api.ts";

const api = useTestApi();

type Caller = ReturnType<typeof createCaller>;
interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: ProcedureMeta;
}

// Every procedure of the app, so one added later without an access rule fails these tests.
const procedures: ProcedureInfo[] = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureInfo["type"]; meta?: ProcedureMeta } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type, meta: procedure._def.meta ?? {} }));
const PUBLIC = ["auth.session", "auth.signIn", "auth.signOut", "health.get"];
const SIGNED_IN = ["invitation.accept", "invitation.decline", "invitation.mine", "workspace.create", "workspace.list"];
const scoped = procedures.filter((p) => (p.meta.access ?? "workspace") === "workspace");
const neededRole = (p: ProcedureInfo) => p.meta.minRole ?? (p.type === "query" ? "viewer" : "reviewer");

async function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

/** The tRPC error code a call ends with, or "OK". */
async function outcome(caller: Caller, path: string, input: unknown): Promise<string> {
  try {
    await call(caller, path, input);
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

function workspaceInputOf(p: ProcedureInfo, slug: string): Record<string, string> {
  return { [p.meta.workspaceField ?? "workspace"]: slug };
}

async function seededWorkspace(name: string, reviewerId: string) {
  const ws = await api.workspace(name);
  await importSources(
    api.db,
    ws.id,
    readSeedDrafts().map((draft) => ({ ok: true as const, draft })),
    reviewerId,
  );
  await runAnalysis(api.db, ws.id, reviewerId);
  return ws;
}

let a: Awaited<ReturnType<typeof seededWorkspace>>;
let b: Awaited<ReturnType<typeof seededWorkspace>>;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
let reviewer: Awaited<ReturnType<typeof signedInCaller>>;
let viewer: Awaited<ReturnType<typeof signedInCaller>>;
let outsider: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(async () => {
  admin = await signedInCaller(api.db, { name: "Ada Admin" });
  reviewer = await signedInCaller(api.db, { name: "Rita Reviewer" });
  viewer = await signedInCaller(api.db, { name: "Vic Viewer" });
  outsider = await signedInCaller(api.db, { name: "Otto Outsider" });
  a = await seededWorkspace("Roles A", admin.reviewer.id);
  b = await seededWorkspace("Roles B", outsider.reviewer.id);
  await addMembership(api.db, a.id, admin.reviewer.id, "admin");
  await addMembership(api.db, a.id, reviewer.reviewer.id, "reviewer");
  await addMembership(api.db, a.id, viewer.reviewer.id, "viewer");
  await addMembership(api.db, b.id, outsider.reviewer.id, "admin");
});

describe("access rules", () => {
  it("gives every procedure a rule: public and signed-in-only procedures are the listed few", () => {
    expect(procedures.length).toBeGreaterThan(20);
    expect(
      procedures
        .filter((p) => p.meta.access === "public")
        .map((p) => p.path)
        .sort(),
    ).toEqual(PUBLIC);
    expect(
      procedures
        .filter((p) => p.meta.access === "signed-in")
        .map((p) => p.path)
        .sort(),
    ).toEqual(SIGNED_IN);
  });

  it("refuses a signed-out caller everything but the public procedures", async () => {
    const anonymous = createCaller({ db: api.db, reviewer: null, mode: "accounts" });
    for (const p of procedures.filter((x) => !PUBLIC.includes(x.path))) {
      expect(await outcome(anonymous, p.path, workspaceInputOf(p, a.slug)), p.path).toMatch(/^UNAUTHORIZED/);
    }
  });

  it("refuses a non-member everything of another workspace, as if it did not exist", async () => {
    for (const p of scoped) {
      expect(await outcome(outsider.caller, p.path, workspaceInputOf(p, a.slug)), p.path).toBe(`NOT_FOUND: No workspace "${a.slug}".`);
    }
    const listed = await outsider.caller.workspace.list();
    expect(listed.map((w) => w.slug)).toEqual([b.slug]);
  });

  it("refuses a viewer every change, and lets them read", async () => {
    for (const p of scoped) {
      const result = await outcome(viewer.caller, p.path, workspaceInputOf(p, a.slug));
      if (neededRole(p) === "viewer") expect(result, p.path).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED|NOT_FOUND: No workspace)/);
      else expect(result, p.path).toMatch(/^FORBIDDEN: This needs the (reviewer|admin) role in this workspace; yours is viewer\./);
    }
    expect(procedures.filter((p) => p.type === "mutation" && scoped.includes(p)).every((p) => neededRole(p) !== "viewer")).toBe(true);
  });

  it("refuses a reviewer the admin procedures", async () => {
    const adminOnly = scoped.filter((p) => neededRole(p) === "admin");
    expect(adminOnly.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "invitation.create",
        "invitation.list",
        "invitation.revoke",
        "member.remove",
        "member.setRole",
        "workspace.delete",
      ]),
    );
    for (const p of adminOnly) {
      expect(await outcome(reviewer.caller, p.path, workspaceInputOf(p, a.slug)), p.path).toMatch(/^FORBIDDEN: This needs the admin role/);
    }
    const group = (await reviewer.caller.group.list({ workspace: a.slug })).groups[0]!;
    const recorded = await reviewer.caller.verdict.record({ workspace: a.slug, groupId: group.id, label: "variant", note: "" });
    expect(recorded.label).toBe("variant");
  });
});

describe("guessing ids of another workspace", () => {
  async function stateOf(workspaceId: string) {
    const [verdicts, decisions, events, members, entities, dismissed] = await Promise.all([
      api.db.verdict.count({ where: { group: { workspaceId } } }),
      api.db.manualDecision.count({ where: { workspaceId } }),
      api.db.auditEvent.count({ where: { workspaceId } }),
      api.db.claimGroupMember.findMany({
        where: { group: { workspaceId } },
        select: { groupId: true, claimId: true },
        orderBy: { claimId: "asc" },
      }),
      api.db.entity.findMany({ where: { workspaceId }, select: { id: true, canonical: true }, orderBy: { id: "asc" } }),
      api.db.discrepancy.count({ where: { group: { workspaceId }, dismissed: true } }),
    ]);
    return { verdicts, decisions, events, members, entities, dismissed };
  }

  it("finds nothing and changes nothing in the other workspace", async () => {
    const groups = (await outsider.caller.group.list({ workspace: b.slug })).groups;
    const group = groups.find((g) => g.discrepancies.length > 0 && g.claims.length > 2) ?? groups[0]!;
    const other = groups.find((g) => g.id !== group.id)!;
    const claim = group.claims[0]!;
    const entities = await outsider.caller.entity.list({ workspace: b.slug, type: "person" });
    const [e1, e2] = [entities[0]!, entities[1]!];
    await outsider.caller.verdict.record({ workspace: b.slug, groupId: group.id, label: "consistent", note: "B's own" });
    await outsider.caller.invitation.create({ workspace: b.slug, email: "invited-to-b@example.org", role: "reviewer" });
    const invitation = (await outsider.caller.invitation.list({ workspace: b.slug }))[0]!;
    const before = await stateOf(b.id);

    const ws = a.slug;
    const attempts: [string, unknown][] = [
      ["group.byId", { workspace: ws, groupId: group.id }],
      ["article.byId", { workspace: ws, articleId: claim.articleId }],
      ["verdict.record", { workspace: ws, groupId: group.id, label: "contradiction", note: "not mine" }],
      ["verdict.undo", { workspace: ws, groupId: group.id }],
      ["alignment.moveClaim", { workspace: ws, claimId: claim.id, toGroupId: other.id }],
      ["alignment.moveClaim", { workspace: ws, claimId: claim.id, toGroupId: null }],
      ["alignment.linkClaims", { workspace: ws, claimId: claim.id, otherClaimId: other.claims[0]!.id }],
      ["alignment.splitGroup", { workspace: ws, groupId: group.id, claimIds: [claim.id] }],
      ["alignment.dismissDiscrepancy", { workspace: ws, discrepancyId: group.discrepancies[0]?.id ?? "x", dismissed: true }],
      ["entity.merge", { workspace: ws, intoId: e1.id, fromId: e2.id }],
      ["entity.splitForm", { workspace: ws, entityId: e1.id, form: e1.forms[0]!.text }],
      ["entity.setCanonical", { workspace: ws, entityId: e1.id, canonical: "Hijacked" }],
      ["member.setRole", { workspace: ws, reviewerId: outsider.reviewer.id, role: "viewer" }],
      ["member.remove", { workspace: ws, reviewerId: outsider.reviewer.id }],
      ["invitation.revoke", { workspace: ws, invitationId: invitation.id }],
    ];
    for (const [path, input] of attempts) {
      expect(await outcome(admin.caller, path, input), path).toMatch(/^NOT_FOUND/);
    }
    // filters with the other workspace's ids find nothing either
    expect((await admin.caller.group.list({ workspace: ws, articleId: claim.articleId })).groups).toEqual([]);
    expect((await admin.caller.group.list({ workspace: ws, entityId: e1.id })).groups).toEqual([]);
    expect(await stateOf(b.id)).toEqual(before);
    expect((await outsider.caller.group.byId({ workspace: b.slug, groupId: group.id })).verdicts.map((v) => v.note)).toEqual(["B's own"]);
    expect((await outsider.caller.invitation.list({ workspace: b.slug })).map((i) => i.id)).toEqual([invitation.id]);
  });
});

describe("members and workspaces", () => {
  it("lets an admin invite, re-role and remove members, but never the last admin", async () => {
    const ws = await api.workspace("Members");
    const owner = await signedInCaller(api.db, { name: "Owner" });
    const guest = await signedInCaller(api.db, { name: "Guest" });
    await addMembership(api.db, ws.id, owner.reviewer.id, "admin");

    const saved = await owner.caller.invitation.create({ workspace: ws.slug, email: guest.reviewer.email.toUpperCase(), role: "viewer" });
    expect(saved).toEqual({
      email: guest.reviewer.email,
      role: "viewer",
      message: `Invitation to ${guest.reviewer.email} saved; they join once they accept it when signed in.`,
    });
    // invited is not a member: nothing of the workspace opens until they accept
    await expect(guest.caller.member.myRole({ workspace: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [invitation] = await guest.caller.invitation.mine();
    await guest.caller.invitation.accept({ invitationId: invitation!.id });
    expect((await guest.caller.member.myRole({ workspace: ws.slug })).role).toBe("viewer");
    await expect(guest.caller.verdict.record({ workspace: ws.slug, groupId: "g", label: "variant", note: "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await owner.caller.member.setRole({ workspace: ws.slug, reviewerId: guest.reviewer.id, role: "admin" });
    expect((await guest.caller.member.list({ workspace: ws.slug })).map((m) => [m.name, m.role])).toEqual([
      ["Guest", "admin"],
      ["Owner", "admin"],
    ]);
    await guest.caller.member.remove({ workspace: ws.slug, reviewerId: owner.reviewer.id });
    await expect(guest.caller.member.remove({ workspace: ws.slug, reviewerId: guest.reviewer.id })).rejects.toThrow(/at least one admin/);
    await expect(guest.caller.member.setRole({ workspace: ws.slug, reviewerId: guest.reviewer.id, role: "reviewer" })).rejects.toThrow(
      /at least one admin/,
    );
    await expect(owner.caller.member.list({ workspace: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const events = await api.db.auditEvent.findMany({
      where: { workspaceId: ws.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, reviewerId: true },
    });
    expect(events.map((e) => e.action)).toEqual(["invitation.create", "invitation.accept", "membership.role", "membership.remove"]);
    expect(events.map((e) => e.reviewerId)).toEqual([owner.reviewer.id, guest.reviewer.id, owner.reviewer.id, guest.reviewer.id]);
  });

  it("makes the creator admin of a new workspace and lets only an admin delete it", async () => {
    const creator = await signedInCaller(api.db, { name: "Creator" });
    const other = await signedInCaller(api.db, { name: "Other" });
    const made = await creator.caller.workspace.create({ name: `Created ${Math.random().toString(36).slice(2, 8)}` });
    expect((await creator.caller.member.myRole({ workspace: made.slug })).role).toBe("admin");
    expect((await creator.caller.workspace.list()).map((w) => w.slug)).toEqual([made.slug]);
    await creator.caller.invitation.create({ workspace: made.slug, email: other.reviewer.email, role: "reviewer" });
    await other.caller.invitation.accept({ invitationId: (await other.caller.invitation.mine())[0]!.id });
    await expect(other.caller.workspace.delete({ workspace: made.slug, confirm: made.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(creator.caller.workspace.delete({ workspace: made.slug, confirm: "wrong" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await creator.caller.workspace.delete({ workspace: made.slug, confirm: made.slug })).toEqual({ deleted: made.slug });
    expect(await api.db.workspace.findUnique({ where: { id: made.id }, select: { id: true } })).toBeNull();
    const trail = await api.db.auditEvent.findFirst({
      where: { action: "workspace.delete", targetId: made.id },
      select: { reviewerId: true },
    });
    expect(trail?.reviewerId).toBe(creator.reviewer.id);
  });

  it("treats a server admin, and the local reviewer of single-user mode, as admin of every workspace", async () => {
    const server = await signedInCaller(api.db, { name: "Server Admin", isAdmin: true });
    expect((await server.caller.member.myRole({ workspace: b.slug })).role).toBe("admin");
    expect((await api.caller.member.myRole({ workspace: b.slug })).role).toBe("admin");
    expect((await server.caller.workspace.list()).map((w) => w.slug)).toEqual(expect.arrayContaining([a.slug, b.slug]));
  });
});
