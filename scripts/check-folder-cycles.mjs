// Fails when two folders import each other, directly or through others (align → compare → align).
// dependency-cruiser's no-circular rule sees cycles between modules only; it does not re-evaluate
// rules on a collapsed (folder) graph, so this script folds its module graph into folders and
// looks for strongly connected components itself (Tarjan's algorithm).
import { execFileSync } from "node:child_process";

const json = execFileSync(
  "pnpm",
  ["exec", "depcruise", "packages", "apps", "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
  {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  },
);
const { modules } = JSON.parse(json);
// a node is the folder a module sits in below its package's src, test or bench; a module right in
// src (types.ts, trpc.ts, analyze.ts) is a node of its own, since the package's root both offers
// shared types to every folder and composes them all
const folderOf = (path) => {
  if (!/^(packages|apps)\/[^/]+\/(src|test|bench)\//.test(path)) return null;
  const folder = path.slice(0, path.lastIndexOf("/"));
  return /^(packages|apps)\/[^/]+\/(src|test|bench)$/.test(folder) ? path : folder;
};

const edges = new Map();
for (const m of modules) {
  const from = folderOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    // a type-only import shares a shape, not behaviour: the report's model names the coverage type it holds
    if (d.dependencyTypes.includes("type-only")) continue;
    const to = folderOf(d.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

let index = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function connect(v) {
  order.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!order.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), order.get(w)));
  }
  if (low.get(v) !== order.get(v)) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    onStack.delete(w);
    component.push(w);
  } while (w !== v);
  if (component.length > 1) cycles.push(component.sort());
}
for (const v of edges.keys()) if (!order.has(v)) connect(v);

if (cycles.length) {
  console.error(`folder cycles (${cycles.length}):`);
  for (const c of cycles) console.error(`  ${c.join(" ⇄ ")}`);
  process.exit(1);
}
console.log(`no folder cycles among ${edges.size} folders`);
