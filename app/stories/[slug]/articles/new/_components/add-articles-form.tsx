"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/form-styles";
import { addArticlesAction } from "@/lib/server/actions/add-articles";
import type { InputProblem } from "@/lib/server/api/describe-input-error";
import { REFERENCE_FIELD, STORY_FIELD } from "@/lib/validation/import-form";
import { ACCEPTED_FILES, ArticleFieldset } from "./article-fieldset";
import { ImportNotice } from "./import-notice";
import { ImportProgressBar, type ImportProgress } from "./import-progress-bar";
import { ProblemList } from "@/app/_components/problem-list";

type Entry = { key: number; file: File | null };

/**
 * Articles to add, one fieldset each. Without JavaScript it is a plain form for one article,
 * handled by a server action. With it, more articles can be added (one per uploaded file when
 * several files are picked at once), and the form posts to the import API, whose streamed
 * progress drives a progress bar while a large batch is checked, saved and analysed.
 */
export function AddArticlesForm({ slug, outlets, kinds, hasReference }: { slug: string; outlets: { name: string; kind: string }[]; kinds: readonly string[]; hasReference: boolean }) {
  const router = useRouter();
  const [state, formAction] = useActionState(addArticlesAction, null);
  const [entries, setEntries] = useState<Entry[]>([{ key: 0, file: null }]);
  const nextKey = useRef(1);
  const [problems, setProblems] = useState<InputProblem[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isEnhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  /** Appends articles (one per file); uploaded files replace the first article while it is still blank. */
  function addEntries(files: (File | null)[]) {
    const isReplacingBlank = files[0] != null && entries.length === 1 && entries[0]?.file === null && isBlankFieldset(0);
    const added = files.map((file) => ({ key: nextKey.current++, file }));
    setEntries((current) => (isReplacingBlank ? added : [...current, ...added]));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // React then leaves the server action alone: the API streams progress
    const form = new FormData(event.currentTarget);
    entries.forEach((entry, index) => {
      if (entry.file) form.set(`articles.${index}.file`, entry.file);
    });
    setBusy(true);
    setProblems(null);
    setNotice(null);
    setProgress({ phase: "validate", done: 0, total: entries.length });
    try {
      const outcome = await postImport(slug, form, setProgress);
      if (outcome.ok && outcome.unchanged) setNotice(outcome.unchanged);
      else if (outcome.ok) {
        router.push(`/stories/${slug}`);
        return;
      } else setProblems(outcome.problems);
    } catch {
      setProblems([{ where: null, field: null, message: "The server could not be reached; nothing was imported. Check your connection and submit again." }]);
    }
    setBusy(false);
    setProgress(null);
  }

  return (
    <form action={formAction} onSubmit={isEnhanced ? submit : undefined} encType="multipart/form-data" className="grid gap-4" aria-busy={isBusy}>
      <input type="hidden" name={STORY_FIELD} value={slug} />
      <ProblemList problems={problems ?? state?.problems ?? []} />
      <ImportNotice slug={slug} notice={notice ?? (problems ? null : (state?.notice ?? null))} />
      <datalist id="outlet-names">
        {outlets.map((outlet) => (
          <option key={outlet.name} value={outlet.name}>
            {outlet.kind}
          </option>
        ))}
      </datalist>
      {entries.map((entry, index) => (
        <ArticleFieldset
          key={entry.key}
          index={index}
          file={entry.file}
          kinds={kinds}
          isReferenceDefault={!hasReference && index === 0}
          onRemove={entries.length > 1 ? () => setEntries((current) => current.filter((other) => other.key !== entry.key)) : null}
        />
      ))}
      {hasReference ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name={REFERENCE_FIELD} value="" defaultChecked /> Keep the story&apos;s current reference
        </label>
      ) : null}
      {isEnhanced ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={secondaryButton} onClick={() => addEntries([null])} disabled={isBusy}>
            Add another article
          </button>
          <label className={`${secondaryButton} cursor-pointer`}>
            Upload files…
            <input
              type="file"
              multiple
              accept={ACCEPTED_FILES}
              className="sr-only"
              disabled={isBusy}
              onChange={(event) => {
                addEntries([...(event.currentTarget.files ?? [])]);
                event.currentTarget.value = "";
              }}
            />
          </label>
          <span className="text-sm text-stone-600">Several files at once: each becomes an article below.</span>
        </div>
      ) : null}
      {progress ? <ImportProgressBar progress={progress} /> : null}
      <div>
        <button type="submit" className={primaryButton} disabled={isBusy}>
          {isBusy ? "Importing…" : entries.length === 1 ? "Import and analyse" : `Import ${entries.length} articles and analyse`}
        </button>
      </div>
    </form>
  );
}

/** Whether nothing has been typed into article `index`'s fields yet. */
function isBlankFieldset(index: number): boolean {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name^="articles.${index}."]`);
  return [...fields].every((field) => field.type === "select-one" || field.type === "file" || field.value.trim() === "");
}

type Outcome = { ok: true; unchanged: string | null } | { ok: false; problems: InputProblem[] };

/** Posts the form to the import API and follows its NDJSON progress lines to the final answer. */
async function postImport(slug: string, form: FormData, onProgress: (progress: ImportProgress) => void): Promise<Outcome> {
  const response = await fetch(`/api/stories/${encodeURIComponent(slug)}/articles`, { method: "POST", body: form, headers: { Accept: "application/x-ndjson" } });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string; problems?: InputProblem[] } | null;
    return { ok: false, problems: body?.problems?.length ? body.problems : [{ where: null, field: null, message: body?.error ?? `The import failed (HTTP ${response.status}); nothing was imported.` }] };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { type: "progress" | "done" | "error" } & ImportProgress & { error?: string; problems?: InputProblem[]; unchanged?: string | null };
      if (message.type === "progress") onProgress({ phase: message.phase, done: message.done, total: message.total });
      else if (message.type === "done") return { ok: true, unchanged: message.unchanged ?? null };
      else return { ok: false, problems: message.problems?.length ? message.problems : [{ where: null, field: null, message: message.error ?? "The import failed; nothing was imported." }] };
    }
  }
  return { ok: false, problems: [{ where: null, field: null, message: "The server stopped answering before the import finished. Reload the story to see whether it was saved." }] };
}
