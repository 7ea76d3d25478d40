import { z } from "zod";
import { getRequiredAgreement } from "../../services/curation/required-agreement.ts";
import { getGroup } from "../../services/group/get-group.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema } from "../alignment/shared-input.ts";
import { slugSchema } from "../workspace/get-workspace.ts";
import { basisChangeSchema, decisionSchema, discrepancySummary, groupCore, verdictStateSchema } from "./list-groups.ts";

export const getGroupInput = z.object({ workspace: slugSchema, groupId: idSchema });

const diffPart = z.object({ value: z.string(), op: z.enum(["equal", "added", "removed"]), marked: z.boolean() });

export const getGroupOutput = groupCore.extend(decisionSchema.shape).extend({
  discrepancies: z.array(
    discrepancySummary.extend({
      key: z.string(),
      values: z.array(z.object({ claimId: z.string(), text: z.string(), normalized: z.unknown().optional() })),
      /** the verdicts given on this discrepancy alone */
      decision: decisionSchema,
      myVerdictId: z.string().nullable(),
    }),
  ),
  diffs: z.array(z.object({ leftClaimId: z.string(), rightClaimId: z.string(), left: z.array(diffPart), right: z.array(diffPart) })),
  verdicts: z.array(
    z.object({
      id: z.string(),
      reviewerId: z.string(),
      label: z.string(),
      note: z.string(),
      createdAt: z.date(),
      retractedAt: z.date().nullable(),
      settles: z.boolean(),
      reviewer: z.string(),
      /** null: on the whole group */
      discrepancyKey: z.string().nullable(),
      confirmsId: z.string().nullable(),
      state: verdictStateSchema,
      change: basisChangeSchema.nullable(),
    }),
  ),
  requiredAgreement: z.number().int(),
  /** the caller's latest verdict in force: what "undo" retracts, and what another tab may have changed */
  myVerdictId: z.string().nullable(),
});

export const getGroupProcedure = workspaceProcedure
  .input(getGroupInput)
  .output(getGroupOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const group = await getGroup(ctx.db, {
      workspaceId: workspace.id,
      groupId: input.groupId,
      requiredAgreement: await getRequiredAgreement(ctx.db, workspace.id),
    });
    const mineOn = (key: string | null) =>
      group.verdicts.find((v) => v.reviewerId === ctx.reviewer.id && !v.retractedAt && !v.settles && v.discrepancyKey === key)?.id ?? null;
    return { ...group, discrepancies: group.discrepancies.map((d) => ({ ...d, myVerdictId: mineOn(d.key) })), myVerdictId: mineOn(null) };
  });
