/**
 * Boundaries checked in CI (`pnpm check:boundaries`): the analysis is pure, the web app reaches the
 * database only through its composition root, and no two folders depend on each other.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "analysis-is-pure",
      comment: "packages/analysis is plain data in and out: no database, API, web framework or file system",
      severity: "error",
      from: { path: "^packages/analysis/src" },
      to: {
        path: "(^packages/(db|api|ingest|report)/)|@prisma|better-sqlite3|(^|/)node_modules/(pg|next|react|react-dom)/|^(node:)?fs(/promises)?$|^(node:)?child_process$",
      },
    },
    {
      name: "analysis-no-fs-builtins",
      severity: "error",
      from: { path: "^packages/analysis/src" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process|net|http|https)$" },
    },
    {
      name: "web-db-through-composition-root",
      comment: "pages and components reach data through tRPC; only apps/web/src/server/db.ts opens the database",
      severity: "error",
      from: { path: "^apps/web/src", pathNot: "^apps/web/src/server/db\\.ts$" },
      to: { path: "(^packages/db/)|@prisma|better-sqlite3|(^|/)node_modules/pg/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "prisma-only-in-db-and-api-services",
      comment: "Prisma lives in the db package and the API's services",
      severity: "error",
      from: {
        path: "^(packages|apps)/",
        pathNot: "^packages/(db|api/src/services|api/test|api/bench|api/src/context\\.ts)|^apps/cli/src/commands/with-db\\.ts",
      },
      to: { path: "@prisma/client|^packages/db/generated" },
    },
    {
      name: "no-circular",
      comment: "no import cycles between modules (folder cycles are checked on the collapsed graph, see scripts/check-boundaries.sh)",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(generated|\\.next|node_modules|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mjs", ".js"],
    },
    combinedDependencies: true,
  },
};
