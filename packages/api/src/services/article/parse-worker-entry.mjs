// Worker threads start plain Node.js: register tsx here so the TypeScript worker (and the
// workspace packages it imports as sources) can load, as analysis-worker-entry.mjs does.
import { tsImport } from "tsx/esm/api";

await tsImport("./parse-worker.ts", import.meta.url);
