/**
 * The review statuses of an assignment, in the order work goes through them, with their words.
 * The one list: the zod enum, the status menu and the audit wording derive from it.
 */
export const ASSIGNMENT_STATUSES = {
  unreviewed: "unreviewed",
  in_review: "in review",
  reviewed: "reviewed",
} as const satisfies Record<string, string>;

export type AssignmentStatus = keyof typeof ASSIGNMENT_STATUSES;
export const ASSIGNMENT_STATUS_NAMES = Object.keys(ASSIGNMENT_STATUSES) as [AssignmentStatus, ...AssignmentStatus[]];

/** The scope key of a whole-story assignment (an outlet's is its article id). */
export const WHOLE_STORY = "story";
