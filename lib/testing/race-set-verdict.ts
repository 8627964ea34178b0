import { createDb } from "@/lib/db";
import { setVerdict } from "@/lib/pipeline/set-verdict";

// One side of the race test in set-verdict.test.ts: its own process, its own SQLite connection.
// argv: dbUrl actorId appearanceId version label note startAtEpochMs. Prints the result as JSON.
const [url, actorId, appearanceId, version, label, note, startAt] = process.argv.slice(2);
const db = createDb(url);
await db.claimAppearance.count(); // connect before the start line, so both sides start level
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await setVerdict(db, actorId as string, { appearanceId: appearanceId as string, version: Number(version), label: label as "faithful", note });
process.stdout.write(JSON.stringify(result));
await db.$disconnect();
