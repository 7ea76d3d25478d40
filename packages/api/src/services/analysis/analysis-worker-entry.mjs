// Worker threads start plain Node.js: register tsx here so the TypeScript worker (and the
// workspace packages it imports as sources) can load, as the CLI does with `--import tsx/esm`.
import { tsImport } from "tsx/esm/api";

await tsImport("./analysis-worker.ts", import.meta.url);
