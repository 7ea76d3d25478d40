import { z } from "zod";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../../services/audit/record-audit-event.ts";
import { slugifyName } from "../../services/workspace/slugify-name.ts";
import { authedProcedure } from "../../trpc.ts";

export const createWorkspaceInput = z.object({ name: z.string().trim().min(1).max(120) });
export const createWorkspaceOutput = z.object({ id: z.string(), slug: z.string(), name: z.string() });

/** Any signed-in reviewer may start a workspace and becomes its admin. */
export const createWorkspaceProcedure = authedProcedure
  .meta({ access: "signed-in" })
  .input(createWorkspaceInput)
  .output(createWorkspaceOutput)
  .mutation(async ({ ctx, input }) => {
    const slug = slugifyName(input.name);
    if (!slug) throw new DomainError("INVALID_INPUT", "A workspace name needs letters or digits.");
    return ctx.db.$transaction(async (tx) => {
      if (await tx.workspace.findUnique({ where: { slug }, select: { id: true } })) {
        throw new DomainError("DUPLICATE", `A workspace "${slug}" exists already; choose another name.`);
      }
      const workspace = await tx.workspace.create({ data: { slug, name: input.name }, select: { id: true, slug: true, name: true } });
      await tx.membership.create({
        data: { workspaceId: workspace.id, reviewerId: ctx.reviewer.id, role: "admin" },
        select: { role: true },
      });
      await recordAuditEvent(tx, {
        workspaceId: workspace.id,
        reviewerId: ctx.reviewer.id,
        action: "workspace.create",
        targetType: "workspace",
        targetId: workspace.id,
      });
      return workspace;
    });
  });
