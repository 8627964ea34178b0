"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { LabelChip } from "@/app/_components/label-chip";
import { inputClass, primaryButton, secondaryButton } from "@/app/_components/form-styles";
import type { Label } from "@/lib/labels";
import { dismissClaimAction } from "@/lib/server/actions/dismiss-claim";
import { setVerdictAction } from "@/lib/server/actions/set-verdict";
import type { ReviewItem, StoryProgress } from "@/lib/server/queries/get-review-queue";
import { APPEARANCE_LABELS, MAX_NOTE_LENGTH } from "@/lib/validation/editor";
import { BULK_FORM_ID } from "./bulk-review-form";
import { SentenceInContext } from "./sentence-in-context";

/**
 * The keyboard review queue: j/k move, 1–6 choose a label, n writes a note, Enter confirms
 * (Ctrl+Enter from the note). Changing the machine's label needs a note. Every save sends the
 * version the queue was loaded with; a conflict is shown and the item stays.
 */
export function ReviewQueue({ initialItems, initialProgress, returnPath }: { initialItems: ReviewItem[]; initialProgress: StoryProgress[]; returnPath: string }) {
  const router = useRouter();
  const [items, setItems] = useState(initialItems);
  const [progress, setProgress] = useState(initialProgress);
  const [current, setCurrent] = useState(0);
  const [choice, setChoice] = useState<Record<string, Label>>({});
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  // Busy only while the save itself runs (not while the page re-renders after it), so the next
  // Enter is taken as soon as the server has answered.
  const [isSaving, setIsSaving] = useState(false);
  const isBusy = useRef(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const item = items[current];
  const currentId = useRef<string | null>(null);
  currentId.current = item?.id ?? null;

  // Every save re-renders the page on the server (fresh batch and counts): take them, staying on
  // the item the editor is looking at.
  useEffect(() => {
    setItems(initialItems);
    setProgress(initialProgress);
    setCurrent((index) => {
      const at = initialItems.findIndex((candidate) => candidate.id === currentId.current);
      return at >= 0 ? at : Math.min(index, Math.max(initialItems.length - 1, 0));
    });
  }, [initialItems, initialProgress]);

  const label = item ? (choice[item.id] ?? item.machineLabel) : null;

  const move = useCallback((step: number) => {
    setCurrent((index) => Math.min(Math.max(index + step, 0), Math.max(items.length - 1, 0)));
    setNote("");
    setMessage(null);
  }, [items.length]);

  const confirm = useCallback(() => {
    if (!item || !label || isBusy.current) return;
    if (label !== item.machineLabel && note.trim() === "") {
      setMessage({ text: "Write a note (n) saying why you change the machine’s label, then press Ctrl+Enter.", isError: true });
      noteRef.current?.focus();
      return;
    }
    const form = new FormData();
    form.set("appearanceId", item.id);
    form.set("version", String(item.version));
    form.set("label", label);
    form.set("note", note);
    isBusy.current = true;
    setIsSaving(true);
    void (async () => {
      let result: Awaited<ReturnType<typeof setVerdictAction>> = null;
      try {
        result = await setVerdictAction(null, form);
      } catch {
        result = { ok: false, message: "Could not reach the server: check the connection and press Enter again." };
      } finally {
        isBusy.current = false;
        setIsSaving(false);
      }
      if (!result?.ok) {
        setMessage({ text: result?.message ?? "Could not save.", isError: true });
        return;
      }
      setMessage({ text: `Saved: ${item.outlet}, ${label}.`, isError: false });
      setNote("");
      setProgress((rows) => rows.map((row) => (row.storyId === item.storyId ? { ...row, reviewed: row.reviewed + 1 } : row)));
      const rest = items.filter((candidate) => candidate.id !== item.id);
      setItems(rest);
      setCurrent((index) => Math.min(index, Math.max(rest.length - 1, 0)));
      if (rest.length === 0) router.refresh();
      listRef.current?.focus();
    })();
  }, [item, label, note, items, router]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const isTyping = target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.tagName === "SELECT";
      if (isTyping) {
        if (target === noteRef.current && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          confirm();
        } else if (target === noteRef.current && event.key === "Escape") {
          listRef.current?.focus();
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const digit = Number(event.key);
      if (event.key === "j") move(1);
      else if (event.key === "k") move(-1);
      else if (Number.isInteger(digit) && digit >= 1 && digit <= APPEARANCE_LABELS.length && item) setChoice((all) => ({ ...all, [item.id]: APPEARANCE_LABELS[digit - 1] as Label }));
      else if (event.key === "n") noteRef.current?.focus();
      else if (event.key === "Enter" && (target === listRef.current || target === document.body)) confirm();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [move, confirm, item]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
  }, [current]);

  return (
    <div className="grid gap-6">
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="mb-2 text-lg font-semibold">
          Progress
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="review-progress">
          {progress.map((row) => (
            <li key={row.storyId} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <Link href={`/stories/${row.slug}`} className="font-medium text-blue-800 underline underline-offset-2">
                {row.title}
              </Link>{" "}
              ·{" "}
              <Link href={`/review?story=${row.slug}`} className="text-blue-800 underline underline-offset-2">
                review this story only
              </Link>
              <p data-testid="story-progress">
                {row.reviewed} of {row.total} reviewed
              </p>
              <progress max={row.total} value={row.reviewed} aria-label={`${row.title}: ${row.reviewed} of ${row.total} reviewed`} className="w-full" />
            </li>
          ))}
        </ul>
      </section>

      <p className="text-sm text-stone-700" id="review-keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>1</kbd>–<kbd>6</kbd> {APPEARANCE_LABELS.join(", ")} · <kbd>n</kbd> note · <kbd>Enter</kbd> confirm (<kbd>Ctrl</kbd>+<kbd>Enter</kbd> from the note, <kbd>Esc</kbd> leaves it)
      </p>
      <p role={message?.isError ? "alert" : "status"} className={`min-h-5 text-sm font-medium ${message?.isError ? "text-red-800" : "text-emerald-900"}`}>
        {message?.text}
      </p>

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-400 bg-white p-4 text-stone-700">Nothing left to review. Every machine verdict has been seen by an editor.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[1fr_24rem]">
          <ol ref={listRef} tabIndex={0} aria-label="Verdicts to review" aria-describedby="review-keys" className="max-h-[70vh] space-y-1 overflow-y-auto rounded-lg border border-stone-200 bg-white p-2 outline-none focus-visible:ring-2 focus-visible:ring-blue-700">
            {items.map((candidate, index) => (
              <li
                key={candidate.id}
                aria-current={index === current ? "true" : undefined}
                data-testid="review-item"
                data-id={candidate.id}
                onClick={() => {
                  setCurrent(index);
                  setNote("");
                  setMessage(null);
                }}
                className={`cursor-pointer rounded-md p-2 text-sm ${index === current ? "bg-amber-50 ring-2 ring-amber-600" : "hover:bg-stone-50"}`}
              >
                <span className="flex flex-wrap items-center gap-2">
                  {/* Joins the bulk form above (form attribute), so ticking works without JavaScript. */}
                  <input
                    type="checkbox"
                    name="item"
                    value={`${candidate.id}:${candidate.version}`}
                    form={BULK_FORM_ID}
                    aria-label={`Select ${candidate.outlet}: ${candidate.text}`}
                    onClick={(event) => event.stopPropagation()}
                    className="h-4 w-4"
                  />
                  <LabelChip label={choice[candidate.id] ?? candidate.machineLabel} size="xs" />
                  <strong>{candidate.outlet}</strong>
                  <span className="text-stone-600">{candidate.storyTitle}</span>
                </span>
                <SentenceInContext item={candidate} className="mt-0.5 line-clamp-3 block font-serif text-stone-900" />
              </li>
            ))}
          </ol>
          {item ? (
            <section aria-label="Current verdict" className="h-fit rounded-lg border border-stone-300 bg-white p-4 text-sm" data-testid="review-current">
              <p className="mb-1 flex flex-wrap items-baseline justify-between gap-x-3 text-stone-600">
                <span>
                  {item.outlet} · {item.isNew ? "new material" : item.claimKind === "detail" ? "detail" : "statement"}
                </span>
                {item.sentenceIndex !== null ? (
                  <Link href={`/articles/${item.articleId}#s-${item.sentenceIndex}`} className="text-blue-800 underline underline-offset-2">
                    Read it in the article
                  </Link>
                ) : null}
              </p>
              <p className="mb-3 font-serif text-base" data-testid="review-sentence">
                <SentenceInContext item={item} />
              </p>
              {item.isNew ? (
                <p className="mb-3 text-stone-700">
                  <span className="font-medium">New material</span>: no counterpart in the reference
                  {item.claimKind === "detail" ? (
                    <>
                      {" "}
                      (
                      <Link href={`/claims/${item.claimId}#a-${item.articleId}`} className="text-blue-800 underline underline-offset-2">
                        every outlet that carries it
                      </Link>
                      )
                    </>
                  ) : null}
                  .
                </p>
              ) : (
                <figure className="mb-3 border-l-4 border-stone-300 pl-2" data-testid="review-reference">
                  <figcaption className="text-xs font-medium uppercase tracking-wide text-stone-600">
                    {item.claimKind === "detail" ? (
                      <>
                        Reference sentence · detail “
                        <Link href={`/claims/${item.claimId}#a-${item.articleId}`} className="normal-case text-blue-800 underline underline-offset-2">
                          {item.claimText}
                        </Link>
                        ”
                      </>
                    ) : (
                      <>
                        Reference sentence ·{" "}
                        <Link href={`/claims/${item.claimId}#a-${item.articleId}`} className="normal-case text-blue-800 underline underline-offset-2">
                          the claim
                        </Link>
                      </>
                    )}
                  </figcaption>
                  <blockquote className="mt-0.5 font-serif text-stone-800">
                    {item.referenceSentence ? (
                      <Link href={`/articles/${item.referenceSentence.articleId}#s-${item.referenceSentence.index}`} className="underline-offset-2 hover:underline">
                        {item.referenceSentence.text}
                      </Link>
                    ) : (
                      item.claimText
                    )}
                  </blockquote>
                </figure>
              )}
              <p className="mb-1 flex items-center gap-2">
                Machine: <LabelChip label={item.machineLabel} size="xs" />
                {item.confidence !== null ? <span className="text-stone-600">confidence {item.confidence.toFixed(2)}</span> : null}
              </p>
              <ul className="mb-3 list-disc pl-5 text-stone-700" aria-label="Reasons">
                {item.reasons.map((reason, index) => (
                  <li key={index}>{reason.detail || reason.code}</li>
                ))}
              </ul>
              <fieldset className="mb-3">
                <legend className="mb-1 font-medium">Label</legend>
                <div className="grid grid-cols-2 gap-1">
                  {APPEARANCE_LABELS.map((option, index) => (
                    <label key={option} className="flex items-center gap-1.5">
                      <input type="radio" name="review-label" value={option} checked={label === option} onChange={() => setChoice((all) => ({ ...all, [item.id]: option as Label }))} />
                      <kbd className="text-xs text-stone-500">{index + 1}</kbd> {option}
                    </label>
                  ))}
                </div>
              </fieldset>
              <label htmlFor="review-note" className="mb-1 block font-medium">
                Note {label !== item.machineLabel ? "(required: you change the machine’s label)" : "(optional)"}
              </label>
              <textarea id="review-note" ref={noteRef} value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={MAX_NOTE_LENGTH} className={inputClass} />
              <button type="button" onClick={confirm} disabled={isSaving} className={`${primaryButton} mt-3`}>
                {isSaving ? "Saving…" : "Confirm (Enter)"}
              </button>
              {/* A plain form: dismissing works without JavaScript and comes back to this queue. */}
              <form action={dismissClaimAction} className="mt-3 border-t border-stone-200 pt-3">
                <input type="hidden" name="claimId" value={item.claimId} />
                <input type="hidden" name="back" value={returnPath} />
                <button type="submit" className={secondaryButton} title="Dismiss this claim as noise: hidden from the matrix, counts, lists and exports (reversible on its page)">
                  Not a claim
                </button>
              </form>
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
