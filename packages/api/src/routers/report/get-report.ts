import { z } from "zod";
import { buildWorkspaceReport } from "../../services/report/build-workspace-report.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

/**
 * The report model of a workspace, behind the same access rules as every page; the web's
 * download URLs and the CLI render it in each format. Shape: crosscheck.report.v1 (validated by
 * the report package's tests), so the output is not re-declared here.
 */
export const getReportProcedure = workspaceProcedure
  .input(workspaceInput)
  .output(
    z.custom<Awaited<ReturnType<typeof buildWorkspaceReport>>>(
      (v) => typeof v === "object" && v !== null && (v as { schema?: unknown }).schema === "crosscheck.report.v1",
    ),
  )
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return buildWorkspaceReport(ctx.db, workspace);
  });
