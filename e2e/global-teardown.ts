import { rmSync } from "node:fs";
import { dirname } from "node:path";

export default function globalTeardown(): void {
  const url = process.env.E2E_DATABASE_URL;
  if (url?.startsWith("file:")) rmSync(dirname(url.slice("file:".length)), { recursive: true, force: true });
}
