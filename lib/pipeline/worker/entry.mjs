// The worker threads' entry point. Plain JavaScript so Node can load it in any host (npm start,
// Next's server bundle, vitest, the CLIs); it registers tsx's loader first, so the TypeScript
// tasks (and the @/ paths they import) load as they do everywhere else in the project.
import { register } from "tsx/esm/api";

register();
const tasks = await import("./tasks.ts");

export const extract = tasks.extract;
export const analyze = tasks.analyze;
