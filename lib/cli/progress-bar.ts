import type { ImportProgress } from "@/lib/pipeline/import-articles";

/** Width of the drawn bar in characters: fits an 80-column terminal with the label and counts. */
const BAR_WIDTH = 30;

const PHASE_LABELS: Record<ImportProgress["phase"], string> = { validate: "checking", save: "saving", analyze: "analysing", store: "storing" };

/**
 * Progress on a stream (stderr): a bar redrawn in place on a terminal, one line per step
 * otherwise (logs and CI keep every step). Call `end()` once the work is done.
 */
export function createProgressBar(stream: NodeJS.WriteStream, prefix: string): { update(progress: ImportProgress): void; end(): void } {
  let lastPhase: ImportProgress["phase"] | null = null;
  let isLineOpen = false;
  return {
    update({ phase, done, total }) {
      const label = PHASE_LABELS[phase];
      if (!stream.isTTY) {
        stream.write(`${prefix}: ${label} ${done}/${total}\n`);
        return;
      }
      if (lastPhase !== null && lastPhase !== phase && isLineOpen) stream.write("\n");
      lastPhase = phase;
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      stream.write(`\r\x1b[2K${prefix}: ${label.padEnd(9)} [${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
      isLineOpen = true;
    },
    end() {
      if (isLineOpen) stream.write("\n");
      isLineOpen = false;
    },
  };
}
