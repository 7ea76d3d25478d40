import { beforeAll, describe, expect, it } from "vitest";
import { addMembership, signedInCaller, useTestApi } from "./test-api.ts";

const api = useTestApi();

type Signed = Awaited<ReturnType<typeof signedInCaller>>;
let admin: Signed;
let member: Signed;
let invitee: Signed;
let ws: Awaited<ReturnType<typeof api.workspace>>;

beforeAll(async () => {
  admin = await signedInCaller(api.db, { name: "Ada Admin" });
  member = await signedInCaller(api.db, { name: "Mo Member" });
  invitee = await signedInCaller(api.db, { name: "Ines Invited" });
  ws = await api.workspace("Invitations");
  await addMembership(api.db, ws.id, admin.reviewer.id, "admin");
  await addMembership(api.db, ws.id, member.reviewer.id, "reviewer");
});

const saved = (email: string) => `Invitation to ${email} saved; they join once they accept it when signed in.`;

async function eventsOf(workspaceId: string, action: string) {
  return api.db.auditEvent.findMany({
    where: { workspaceId, action },
    orderBy: { createdAt: "asc" },
    select: { reviewerId: true, targetId: true, details: true },
  });
}

describe("inviting by email", () => {
  it("answers alike whether the address has an account, is a member already, or has no account", async () => {
    const stranger = `nobody-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const answers = [
      await admin.caller.invitation.create({ workspace: ws.slug, email: invitee.reviewer.email, role: "viewer" }),
      await admin.caller.invitation.create({ workspace: ws.slug, email: stranger, role: "viewer" }),
      await admin.caller.invitation.create({ workspace: ws.slug, email: member.reviewer.email, role: "viewer" }),
    ];
    expect(answers).toEqual([
      { email: invitee.reviewer.email, role: "viewer", message: saved(invitee.reviewer.email) },
      { email: stranger, role: "viewer", message: saved(stranger) },
      { email: member.reviewer.email, role: "viewer", message: saved(member.reviewer.email) },
    ]);
    // the pending list holds addresses and roles, never a name, and nobody joined by being invited
    const pending = await admin.caller.invitation.list({ workspace: ws.slug });
    expect(pending.map((p) => Object.keys(p).sort())).toEqual(Array(3).fill(["createdAt", "email", "id", "role"]));
    expect(pending.map((p) => p.email).sort()).toEqual([invitee.reviewer.email, member.reviewer.email, stranger].sort());
    expect(JSON.stringify(pending)).not.toMatch(/Ines|Mo Member/);
    expect((await admin.caller.member.list({ workspace: ws.slug })).map((m) => m.name).sort()).toEqual(["Ada Admin", "Mo Member"]);
    expect((await eventsOf(ws.id, "invitation.create")).map((e) => e.reviewerId)).toEqual([
      admin.reviewer.id,
      admin.reviewer.id,
      admin.reviewer.id,
    ]);
  });

  it("keeps one pending invitation per address: inviting again answers the same, with the role asked for last", async () => {
    const email = `twice-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const first = await admin.caller.invitation.create({ workspace: ws.slug, email, role: "viewer" });
    expect(await admin.caller.invitation.create({ workspace: ws.slug, email: ` ${email.toUpperCase()} `, role: "viewer" })).toEqual(first);
    expect(await admin.caller.invitation.create({ workspace: ws.slug, email, role: "reviewer" })).toEqual({ ...first, role: "reviewer" });
    const pending = (await admin.caller.invitation.list({ workspace: ws.slug })).filter((p) => p.email === email);
    expect(pending.map((p) => p.role)).toEqual(["reviewer"]);
    const trail = (await eventsOf(ws.id, "invitation.create")).filter((e) => e.targetId === pending[0]!.id);
    expect(trail.map((e) => JSON.parse(e.details) as unknown)).toEqual([
      { email, role: "viewer" },
      { email, role: "reviewer", previousRole: "viewer" },
    ]);
  });

  it("refuses what is not an email address, and a reviewer or viewer inviting anyone", async () => {
    await expect(admin.caller.invitation.create({ workspace: ws.slug, email: "not an address", role: "viewer" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(member.caller.invitation.create({ workspace: ws.slug, email: "x@example.org", role: "admin" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(member.caller.invitation.list({ workspace: ws.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("limits how many invitations one account sends in an hour", async () => {
    const sender = await signedInCaller(api.db, { name: "Spammer" });
    const own = await api.workspace("Spam");
    await addMembership(api.db, own.id, sender.reviewer.id, "admin");
    for (let i = 0; i < 50; i++)
      await sender.caller.invitation.create({ workspace: own.slug, email: `target${i}@example.org`, role: "viewer" });
    await expect(
      sender.caller.invitation.create({ workspace: own.slug, email: "one-more@example.org", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many invitations in a short time\. Try again in \d+ minutes\.$/),
    });
  });
});

describe("answering an invitation", () => {
  it("shows a signed-in person the invitations sent to their address; accepting makes them a member with that role", async () => {
    const target = await signedInCaller(api.db, { name: "Tess Target" });
    await admin.caller.invitation.create({ workspace: ws.slug, email: target.reviewer.email, role: "reviewer" });
    const mine = await target.caller.invitation.mine();
    expect(mine).toEqual([
      {
        id: expect.any(String),
        role: "reviewer",
        createdAt: expect.any(Date),
        workspace: { slug: ws.slug, name: "Invitations" },
        invitedBy: "Ada Admin",
      },
    ]);
    // nobody else sees it or can answer it
    expect((await member.caller.invitation.mine()).map((i) => i.id)).not.toContain(mine[0]!.id);
    await expect(member.caller.invitation.accept({ invitationId: mine[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await target.caller.invitation.accept({ invitationId: mine[0]!.id })).toEqual({ workspace: ws.slug, role: "reviewer" });
    expect((await target.caller.member.myRole({ workspace: ws.slug })).role).toBe("reviewer");
    expect((await target.caller.workspace.list()).map((w) => w.slug)).toEqual([ws.slug]);
    expect(await target.caller.invitation.mine()).toEqual([]);
    await expect(target.caller.invitation.accept({ invitationId: mine[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // the name shows once they are a member, and the trail names who joined
    expect((await admin.caller.member.list({ workspace: ws.slug })).map((m) => m.name)).toContain("Tess Target");
    const accepted = (await eventsOf(ws.id, "invitation.accept")).find((e) => e.targetId === mine[0]!.id);
    expect(accepted).toMatchObject({ reviewerId: target.reviewer.id });
    expect(JSON.parse(accepted!.details)).toEqual({ email: target.reviewer.email, role: "reviewer" });
  });

  it("leaves a member's role as it is when they accept another invitation", async () => {
    await admin.caller.invitation.create({ workspace: ws.slug, email: member.reviewer.email, role: "admin" });
    const invitation = (await member.caller.invitation.mine()).find((i) => i.workspace.slug === ws.slug)!;
    expect(await member.caller.invitation.accept({ invitationId: invitation.id })).toEqual({ workspace: ws.slug, role: "reviewer" });
    expect((await member.caller.member.myRole({ workspace: ws.slug })).role).toBe("reviewer");
  });

  it("declines without joining, and the trail does not name who declined", async () => {
    const shy = await signedInCaller(api.db, { name: "Shy Person" });
    await admin.caller.invitation.create({ workspace: ws.slug, email: shy.reviewer.email, role: "viewer" });
    const [invitation] = await shy.caller.invitation.mine();
    expect(await shy.caller.invitation.decline({ invitationId: invitation!.id })).toEqual({ declined: invitation!.id });
    await expect(shy.caller.member.myRole({ workspace: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(shy.caller.invitation.accept({ invitationId: invitation!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await admin.caller.invitation.list({ workspace: ws.slug })).map((p) => p.id)).not.toContain(invitation!.id);
    const declined = (await eventsOf(ws.id, "invitation.decline")).find((e) => e.targetId === invitation!.id);
    expect(declined).toMatchObject({ reviewerId: null });
    const trail = await admin.caller.audit.list({ workspace: ws.slug });
    expect(trail.reviewers.map((r) => r.name)).not.toContain("Shy Person");
  });

  it("lets an admin withdraw a pending invitation, which can then no longer be accepted", async () => {
    const late = await signedInCaller(api.db, { name: "Late Comer" });
    await admin.caller.invitation.create({ workspace: ws.slug, email: late.reviewer.email, role: "viewer" });
    const [invitation] = await late.caller.invitation.mine();
    expect(await admin.caller.invitation.revoke({ workspace: ws.slug, invitationId: invitation!.id })).toEqual({ revoked: invitation!.id });
    await expect(admin.caller.invitation.revoke({ workspace: ws.slug, invitationId: invitation!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await late.caller.invitation.mine()).toEqual([]);
    await expect(late.caller.invitation.accept({ invitationId: invitation!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const revoked = (await eventsOf(ws.id, "invitation.revoke")).find((e) => e.targetId === invitation!.id);
    expect(revoked).toMatchObject({ reviewerId: admin.reviewer.id });
  });

  it("lets exactly one of two racing answers count", async () => {
    const racer = await signedInCaller(api.db, { name: "Race Runner" });
    await admin.caller.invitation.create({ workspace: ws.slug, email: racer.reviewer.email, role: "viewer" });
    const [invitation] = await racer.caller.invitation.mine();
    const outcomes = await Promise.allSettled([
      racer.caller.invitation.accept({ invitationId: invitation!.id }),
      racer.caller.invitation.decline({ invitationId: invitation!.id }),
      admin.caller.invitation.revoke({ workspace: ws.slug, invitationId: invitation!.id }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const answered = await api.db.invitation.findUniqueOrThrow({
      where: { id: invitation!.id },
      select: { acceptedAt: true, declinedAt: true, revokedAt: true },
    });
    expect([answered.acceptedAt, answered.declinedAt, answered.revokedAt].filter(Boolean)).toHaveLength(1);
  });
});

describe("single-user mode", () => {
  it("lets the local reviewer invite, as the admin of every workspace, and gives it no invitations of its own", async () => {
    expect(await api.caller.invitation.create({ workspace: ws.slug, email: "later@example.org", role: "viewer" })).toEqual({
      email: "later@example.org",
      role: "viewer",
      message: saved("later@example.org"),
    });
    await admin.caller.invitation.create({ workspace: ws.slug, email: "local@crosscheck.invalid", role: "viewer" });
    expect(await api.caller.invitation.mine()).toEqual([]);
    const invitation = (await admin.caller.invitation.list({ workspace: ws.slug })).find((p) => p.email === "local@crosscheck.invalid")!;
    await expect(api.caller.invitation.accept({ invitationId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
