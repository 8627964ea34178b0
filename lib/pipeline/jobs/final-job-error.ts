/** A job failure no retry can mend (its input is refused): the job fails for good at once. */
export class FinalJobError extends Error {}
