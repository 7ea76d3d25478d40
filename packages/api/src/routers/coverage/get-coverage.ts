import { z } from "zod";
import { buildWorkspaceCoverage } from "../../services/coverage/build-workspace-coverage.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

const kind = z.enum(["date", "number", "name-spelling", "person", "place", "organization", "wording"]);
const severity = z.enum(["variant", "minor", "conflict"]);
const claimRef = z.object({ id: z.string(), articleId: z.string(), start: z.number(), end: z.number(), text: z.string() });
const anchor = z.object({
  articleId: z.string(),
  claimId: z.string().nullable(),
  position: z.enum(["after", "before", "start"]),
  neighbourGroupId: z.string().nullable(),
});

export const coverageOutput = z.object({
  generatedAt: z.string(),
  workspace: z.object({ id: z.string(), name: z.string() }),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      sourceName: z.string(),
      publishedAt: z.string().nullable(),
    }),
  ),
  coverage: z.object({
    outlets: z.array(
      z.object({
        name: z.string(),
        articleIds: z.array(z.string()),
        stated: z.number(),
        agreeing: z.number(),
        differing: z.number(),
        notStated: z.number(),
        omitted: z.number(),
        unique: z.number(),
        firstReports: z.number(),
      }),
    ),
    facts: z.array(
      z.object({
        groupId: z.string(),
        label: z.string(),
        statedBy: z.number(),
        severity: severity.nullable(),
        kinds: z.array(kind),
        majorityValues: z.array(z.object({ kind, text: z.string().nullable() })),
        cells: z.array(
          z.object({
            outlet: z.string(),
            state: z.enum(["agrees", "differs", "absent"]),
            severity: severity.nullable(),
            kinds: z.array(kind),
            values: z.array(z.string()),
            claim: claimRef.nullable(),
            expectedAt: anchor.nullable(),
          }),
        ),
        firstReport: z
          .object({
            outlet: z.string(),
            articleId: z.string(),
            claimId: z.string(),
            publishedAt: z.string(),
            tiedWith: z.array(z.string()),
          })
          .nullable(),
        laterChanges: z.array(
          z.object({
            kind,
            from: z.string(),
            to: z.string(),
            outlet: z.string(),
            articleId: z.string(),
            claimId: z.string(),
            publishedAt: z.string(),
          }),
        ),
      }),
    ),
    omissions: z.array(
      z.object({
        groupId: z.string(),
        label: z.string(),
        outlet: z.string(),
        statedBy: z.number(),
        outletCount: z.number(),
        severity: severity.nullable(),
        expectedAt: anchor.nullable(),
      }),
    ),
    uniqueClaims: z.array(
      z.object({
        outlet: z.string(),
        articleId: z.string(),
        claimId: z.string(),
        text: z.string(),
        start: z.number(),
        end: z.number(),
        groupId: z.string().nullable(),
      }),
    ),
  }),
});

/** Fact by fact, which outlet states, leaves out or says differently each claim group's fact. */
export const getCoverageProcedure = workspaceProcedure
  .input(workspaceInput)
  .output(coverageOutput)
  .query(async ({ ctx, input }) => buildWorkspaceCoverage(ctx.db, await findWorkspaceBySlug(ctx.db, input.workspace)));
