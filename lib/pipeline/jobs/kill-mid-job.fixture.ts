import { createDb } from "@/lib/db";
import { runJobToEnd } from "./run-jobs";

// A process that dies the hard way in the middle of a job (run-story-analysis-job.test.ts): it
// runs job argv[2] on the database argv[3] and SIGKILLs itself once `argv[4]` staged chunks are
// written, with no chance to clean up, as a crash or an OOM kill would.
const [jobId, url, afterChunks] = process.argv.slice(2);
const db = createDb(url);
await runJobToEnd(db, jobId!, {
  articlesPerChunk: 1,
  observe: (_job, phase, done) => {
    if (phase === "stage" && done >= Number(afterChunks)) process.kill(process.pid, "SIGKILL");
  },
});
console.error("the job ended before the kill point");
process.exit(3);
