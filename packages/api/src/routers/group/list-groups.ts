import { z } from "zod";
import { getRequiredAgreement } from "../../services/curation/required-agreement.ts";
import { countDecisions } from "../../services/group/count-decisions.ts";
import { listGroups } from "../../services/group/list-groups.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, searchSchema } from "../alignment/shared-input.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const discrepancyKindSchema = z.enum(["date", "number", "name-spelling", "person", "place", "organization", "wording"]);
export const severitySchema = z.enum(["variant", "minor", "conflict"]);

export const listGroupsInput = z.object({
  workspace: slugSchema,
  kind: discrepancyKindSchema.optional(),
  severity: severitySchema.optional(),
  /** recheck: a verdict was given on other claims or discrepancies than the group holds now */
  status: z.enum(["reviewed", "unreviewed", "undecided", "decided", "disagreement", "recheck"]).optional(),
  articleId: idSchema.optional(),
  entityId: idSchema.optional(),
  query: searchSchema.optional(),
});

export const claimInGroup = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  articleId: z.string(),
  origin: z.string(),
  article: z.object({ title: z.string(), outlet: z.string().nullable(), publishedAt: z.string().nullable(), sourceName: z.string() }),
});

/** The fields every view of a group returns. */
export const groupCore = z.object({
  id: z.string(),
  label: z.string(),
  severity: z.string().nullable(),
  score: z.number(),
  origin: z.string(),
  version: z.number().int(),
  claims: z.array(claimInGroup),
});

export const discrepancySummary = z.object({
  id: z.string(),
  kind: z.string(),
  severity: z.string(),
  explanation: z.string(),
  dismissed: z.boolean(),
});

export const decisionStatusSchema = z.enum(["undecided", "decided", "disagreement"]);
export const verdictStateSchema = z.enum(["current", "changed", "detached", "retired"]);
const basisClaim = z.object({ ref: z.string(), text: z.string() });
const basisDiscrepancy = z.object({ key: z.string(), kind: z.string(), values: z.array(z.string()) });
/** what the group gained and lost since a verdict was given */
export const basisChangeSchema = z.object({
  addedClaims: z.array(basisClaim),
  removedClaims: z.array(basisClaim),
  addedDiscrepancies: z.array(basisDiscrepancy),
  removedDiscrepancies: z.array(basisDiscrepancy),
});
export const standingVerdict = z.object({
  id: z.string(),
  reviewerId: z.string(),
  reviewer: z.string(),
  label: z.string(),
  note: z.string(),
  createdAt: z.date(),
  state: verdictStateSchema,
  change: basisChangeSchema.nullable(),
});
export const settlementSchema = standingVerdict;
/** a decision on the group, or on one discrepancy: recheck when a verdict was given on other content than the group holds now */
export const decisionSchema = z.object({
  status: decisionStatusSchema,
  decidedLabel: z.string().nullable(),
  standing: z.array(standingVerdict),
  settlement: settlementSchema.nullable(),
  recheck: z.boolean(),
});

export const groupSummary = groupCore
  .extend({
    discrepancies: z.array(discrepancySummary),
    /** the latest verdict on the whole group in force, whoever recorded it */
    verdict: z
      .object({ label: z.string(), note: z.string(), createdAt: z.date(), reviewer: z.string(), state: verdictStateSchema })
      .nullable(),
  })
  .extend(decisionSchema.shape);

export const listGroupsProcedure = workspaceProcedure
  .input(listGroupsInput)
  .output(
    z.object({
      groups: z.array(groupSummary),
      total: z.number().int(),
      /** decided groups (enough agreeing verdicts, or settled by an admin) */
      reviewed: z.number().int(),
      disagreements: z.number().int(),
      /** groups with a verdict to confirm or replace, since the group changed */
      recheck: z.number().int(),
      requiredAgreement: z.number().int(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const { workspace: _slug, query, ...filter } = input;
    const requiredAgreement = await getRequiredAgreement(ctx.db, workspace.id);
    const [groups, counts] = await Promise.all([
      listGroups(ctx.db, { workspaceId: workspace.id, filter: { ...filter, query: query || undefined }, requiredAgreement }),
      countDecisions(ctx.db, workspace.id, requiredAgreement),
    ]);
    return {
      groups,
      total: counts.total,
      reviewed: counts.decided,
      disagreements: counts.disagreement,
      recheck: counts.recheck,
      requiredAgreement,
    };
  });
