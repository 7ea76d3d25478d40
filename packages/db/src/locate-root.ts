import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// next, the CLI, prisma and vitest all run from different working directories, and the SQLite
// adapter resolves relative `file:` paths against the current one: anchor on the workspace root.
export function locateRepoRoot(from: string = process.cwd()): string {
  // turbopackIgnore: this is a runtime lookup, not a file the bundle needs to trace
  let dir = resolve(/* turbopackIgnore: true */ from);
  for (;;) {
    if (existsSync(join(/* turbopackIgnore: true */ dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(/* turbopackIgnore: true */ from);
    dir = parent;
  }
}
