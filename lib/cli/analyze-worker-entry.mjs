// The worker threads' entry for `npm run analyze` (piscina loads it). Worker threads do not reliably
// inherit tsx's loader from the main thread's --import, so this plain module registers tsx itself
// and then loads the TypeScript worker; the exports are the tasks piscina calls by name.
import { register } from "tsx/esm/api";

register();
const worker = await import("./analyze-worker.ts");

export const analyzeChunk = worker.analyzeChunk;
export const extractChunk = worker.extractChunk;
