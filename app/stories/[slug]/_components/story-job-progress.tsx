import { JOB_KINDS, JOB_PHASES } from "@/lib/pipeline/jobs/job-kinds";
import type { StoryJobView } from "@/lib/server/queries/get-story-job";

/**
 * Seconds between reloads while a job runs: a re-analysis of a large story takes tens of seconds,
 * so 3 s shows its progress moving without loading the server (the page cache serves the reload
 * until the job's next progress write).
 */
const REFRESH_SECONDS = 3;

/**
 * The story's re-analysis job: what it does and how far it is, reloading the page every few
 * seconds while it runs (a meta refresh: no JavaScript needed), and why it failed when it did.
 * Readers see the previous analysis below until the job switches the new one in.
 */
export function StoryJobProgress({ job, slug }: { job: StoryJobView; slug: string }) {
  const isActive = job.state === "queued" || job.state === "running";
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <section aria-labelledby="job-heading" role="status" className={`grid gap-2 rounded-lg border p-3 text-sm ${isActive ? "border-amber-300 bg-amber-50" : "border-red-300 bg-red-50"}`}>
      {isActive ? <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} /> : null}
      <h2 id="job-heading" className="font-semibold">
        {JOB_KINDS[job.kind]}: {job.state === "queued" ? "waiting to start" : job.state === "running" ? (job.phase ? JOB_PHASES[job.phase] : "starting") : "failed"}
      </h2>
      {isActive ? (
        <>
          <progress max={Math.max(1, job.total)} value={job.done} aria-label="Re-analysis progress" className="w-full max-w-md">
            {percent}%
          </progress>
          <p className="text-stone-700">
            {job.done} of {job.total} articles{job.attempts > 1 ? ` (attempt ${job.attempts} of ${job.maxAttempts})` : ""}. The analysis shown below is the previous one until the new one is complete; this page reloads every {REFRESH_SECONDS} s (or{" "}
            <a href={`/stories/${slug}`} className="text-blue-800 underline underline-offset-2">
              reload now
            </a>
            ).
          </p>
        </>
      ) : (
        <p className="text-red-900">
          It stopped after {job.attempts} attempts: {job.error ?? "no reason recorded"}. The previous analysis is still in force.
        </p>
      )}
    </section>
  );
}
