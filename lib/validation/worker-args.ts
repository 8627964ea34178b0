import { z } from "zod";

/**
 * Jobs at once is capped at 64: each runs the engine on worker threads and holds database
 * connections, so more than a large machine's cores only queues them behind one another.
 */
const MAX_CONCURRENCY = 64;

/** Flags of `npm run worker`, after node's parseArgs. */
export const workerArgsSchema = z.object({
  /** Jobs run at once; default one per core (os.availableParallelism()). */
  concurrency: z.coerce.number().int().min(1).max(MAX_CONCURRENCY).optional(),
});

export type WorkerArgs = z.infer<typeof workerArgsSchema>;
