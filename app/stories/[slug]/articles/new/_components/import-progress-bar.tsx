import type { ImportProgress } from "@/lib/pipeline/import-articles";

/** One step of an import as the API streams it. */
export type { ImportProgress };

const PHASES: Record<ImportProgress["phase"], string> = { validate: "Checking", save: "Saving", analyze: "Analysing", store: "Storing the analysis" };

/** The import's progress: phase, a bar, and "12 of 40 articles" announced politely to screen readers. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  // The store phase counts the analysis' rows (sentences, appearances…), the others articles.
  const unit = progress.phase === "store" ? (progress.total === 1 ? "row" : "rows") : progress.total === 1 ? "article" : "articles";
  const text = `${PHASES[progress.phase]}: ${progress.done} of ${progress.total} ${unit}`;
  return (
    <div className="grid gap-1" data-testid="import-progress">
      <progress className="h-2 w-full max-w-md accent-stone-800" max={Math.max(progress.total, 1)} value={progress.done} aria-label="Import progress" />
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {text}
      </p>
    </div>
  );
}
