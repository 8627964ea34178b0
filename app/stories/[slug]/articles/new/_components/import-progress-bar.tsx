/** One step of an import as the API streams it. */
export type ImportProgress = { phase: "validate" | "save" | "analyze"; done: number; total: number };

const PHASES: Record<ImportProgress["phase"], string> = { validate: "Checking", save: "Saving", analyze: "Analysing" };

/** The import's progress: phase, a bar, and "12 of 40 articles" announced politely to screen readers. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const text = `${PHASES[progress.phase]}: ${progress.done} of ${progress.total} ${progress.total === 1 ? "article" : "articles"}`;
  return (
    <div className="grid gap-1" data-testid="import-progress">
      <progress className="h-2 w-full max-w-md accent-stone-800" max={Math.max(progress.total, 1)} value={progress.done} aria-label="Import progress" />
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {text}
      </p>
    </div>
  );
}
