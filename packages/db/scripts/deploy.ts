import { deployMigrations } from "../src/deploy-migrations.ts";

const out = await deployMigrations();
console.log(
  out
    .split("\n")
    .filter((l) => /migration|applied|No pending/i.test(l))
    .join("\n") || "migrations applied",
);
