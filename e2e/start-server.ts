import { rmSync } from "node:fs";

// The e2e server starts from an empty database every run, so the tests see exactly the seed story.
const url = process.env.DATABASE_URL ?? "";
if (!url.includes("e2e")) throw new Error(`refusing to wipe a non-e2e database: ${url}`);
const file = url.replace(/^file:/, "");
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
await import("../lib/cli/start");
