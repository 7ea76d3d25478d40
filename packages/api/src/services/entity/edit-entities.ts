import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { recordDecision } from "../alignment/record-decision.ts";

async function formsOf(db: Db, workspaceId: string, entityId: string) {
  const entity = await db.entity.findFirst({
    where: { id: entityId, workspaceId },
    select: { id: true, canonical: true, mentions: { select: { text: true } } },
  });
  if (!entity) throw new DomainError("NOT_FOUND", "No such entity in this workspace.");
  return { ...entity, forms: [...new Set(entity.mentions.map((m) => m.text))] };
}

/** Merges the second entity into the first; the merge is replayed by every re-analysis. */
export async function mergeEntities(
  db: Db,
  { workspaceId, reviewerId, intoId, fromId }: { workspaceId: string; reviewerId: string; intoId: string; fromId: string },
) {
  if (intoId === fromId) throw new DomainError("INVALID_INPUT", "Choose two different entities to merge.");
  const [into, from] = [await formsOf(db, workspaceId, intoId), await formsOf(db, workspaceId, fromId)];
  return db.$transaction(async (tx) => {
    await recordDecision(tx, {
      workspaceId,
      reviewerId,
      kind: "entity-merge",
      payload: { forms: [...into.forms, ...from.forms].slice(0, 200) },
    });
    await tx.mention.updateMany({ where: { entityId: from.id }, data: { entityId: into.id } });
    await tx.entity.delete({ where: { id: from.id } });
    return { entityId: into.id };
  });
}

/** Splits one surface form out of its entity into an entity of its own. */
export async function splitEntityForm(
  db: Db,
  { workspaceId, reviewerId, entityId, form }: { workspaceId: string; reviewerId: string; entityId: string; form: string },
) {
  const entity = await formsOf(db, workspaceId, entityId);
  if (!entity.forms.includes(form)) throw new DomainError("INVALID_INPUT", `"${form}" is not a form of ${entity.canonical}.`);
  if (entity.forms.length === 1) throw new DomainError("INVALID_INPUT", "An entity with a single form cannot be split.");
  return db.$transaction(async (tx) => {
    await recordDecision(tx, { workspaceId, reviewerId, kind: "entity-split", payload: { form } });
    const source = await tx.entity.findUniqueOrThrow({ where: { id: entityId }, select: { type: true } });
    const created = await tx.entity.create({ data: { workspaceId, type: source.type, canonical: form }, select: { id: true } });
    await tx.mention.updateMany({ where: { entityId, text: form }, data: { entityId: created.id } });
    return { entityId: created.id };
  });
}

/** Chooses the spelling headings use; the articles' own text is never changed. */
export async function setEntityCanonical(
  db: Db,
  { workspaceId, reviewerId, entityId, canonical }: { workspaceId: string; reviewerId: string; entityId: string; canonical: string },
) {
  const entity = await formsOf(db, workspaceId, entityId);
  return db.$transaction(async (tx) => {
    await recordDecision(tx, {
      workspaceId,
      reviewerId,
      kind: "entity-canonical",
      payload: { form: entity.forms[0] ?? entity.canonical, canonical },
    });
    await tx.entity.update({ where: { id: entityId }, data: { canonical }, select: { id: true } });
    return { entityId, canonical };
  });
}
