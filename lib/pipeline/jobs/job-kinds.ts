/**
 * The kinds of persisted job and the states a job moves through, defined once: the job table's
 * `kind` and `state` columns, the queue, the runner and the story page's progress all derive from
 * these lists.
 */
export const JOB_KINDS = {
  /** Re-analyse the whole story against its reference (`npm run reanalyze`, an engine change). */
  "story.reanalyze": "Re-analysing the story",
  /** Make another article the reference (payload `{ articleId }`) and re-analyse against it. */
  "story.set-reference": "Re-analysing against the new reference",
  /** Add a batch of articles sent with `Prefer: respond-async` (payload: the import request and its actor). */
  "story.import": "Importing articles",
} as const satisfies Record<string, string>;

export type JobKind = keyof typeof JOB_KINDS;

export function isJobKind(value: string): value is JobKind {
  return Object.hasOwn(JOB_KINDS, value);
}

/** queued → running → succeeded, or → failed once its attempts are spent (a failed attempt before that goes back to queued). */
export const JOB_STATES = ["queued", "running", "succeeded", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** States in which a job still has work ahead of it (the story page shows its progress). */
export const ACTIVE_JOB_STATES = ["queued", "running"] as const satisfies readonly JobState[];

/** What a job is doing, for its progress line. */
export const JOB_PHASES = {
  validate: "checking the articles",
  save: "saving the articles",
  analyse: "analysing articles",
  store: "storing the analysis",
  stage: "saving the new analysis aside",
  ahead: "writing the new claims ahead of the switch",
  switch: "switching the new analysis in",
  behind: "deleting the retired claims",
} as const satisfies Record<string, string>;

export type JobPhase = keyof typeof JOB_PHASES;
