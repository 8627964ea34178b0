"use client";
import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from "react";
import { useFormAction } from "@/app/_components/use-form-action";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/app/_components/form-styles";
import { LabelChip } from "@/app/_components/label-chip";
import { VerdictForm } from "@/app/_components/verdict-form";
import { annotateSpanAction } from "@/lib/server/actions/annotate-span";
import type { EditableAppearance, PickerClaim } from "@/lib/server/queries/get-article-editor-data";
import { APPEARANCE_LABELS, MAX_NOTE_LENGTH, MAX_SPAN_LENGTH } from "@/lib/validation/editor";
import { readSelectedSpan, type SelectedSpan } from "./selection-offsets";

/** Picker results shown at once: enough to scan, few enough to tab through. */
const MAX_PICKER_RESULTS = 8;

interface Props {
  articleId: string;
  sentences: { index: number; start: number; end: number }[];
  appearances: EditableAppearance[];
  claims: PickerClaim[];
}

/**
 * The reader's editor tools: select text in the article to link it to a claim (searchable picker)
 * or make a new claim of it, with a label and a note; focus or click a sentence to set the verdicts
 * of the claims it carries. Rendered for editors only.
 *
 * Where it sits (app/globals.css, .editor-panel): on wide screens (≥ 1024 px, Tailwind's lg) a side
 * panel in its own column beside the text, sticky and scrolling on its own; on phones and narrow
 * windows a bottom sheet of at most 45 % of the screen that the editor can hide, and that scrolls
 * the selected sentence above itself whenever it opens or grows (it never covers it).
 */
export function ReaderEditor({ articleId, sentences, appearances, claims }: Props) {
  const [span, setSpan] = useState<SelectedSpan | null>(null);
  const [sentenceIndex, setSentenceIndex] = useState<number | null>(null);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    const container = document.querySelector<HTMLElement>('[data-testid="raw-text"]');
    if (!container) return;
    // Only selections inside the article count; clicking into this panel keeps the chosen span.
    const onSelection = () => {
      const selected = readSelectedSpan(container, document.getSelection());
      if (!selected) return;
      setSpan(selected);
      setSentenceIndex(sentences.find((sentence) => sentence.start <= selected.start && selected.start < sentence.end)?.index ?? null);
    };
    const onFocus = (event: Event) => {
      const sentence = (event.target as Element | null)?.closest?.(".sentence");
      if (sentence?.id.startsWith("s-")) setSentenceIndex(Number(sentence.id.slice(2)));
    };
    document.addEventListener("selectionchange", onSelection);
    container.addEventListener("focusin", onFocus);
    container.addEventListener("click", onFocus);
    return () => {
      document.removeEventListener("selectionchange", onSelection);
      container.removeEventListener("focusin", onFocus);
      container.removeEventListener("click", onFocus);
    };
  }, [sentences]);

  const sentence = sentences.find((candidate) => candidate.index === sentenceIndex) ?? null;
  const inSentence = sentence ? appearances.filter((appearance) => appearance.start < sentence.end && appearance.end > sentence.start) : [];
  const [isOpen, setIsOpen] = useState(true);
  const panelRef = useRef<HTMLElement>(null);
  // A new selection or sentence opens a hidden sheet again: that is what the editor asked for.
  useEffect(() => {
    if (span || sentenceIndex !== null) setIsOpen(true);
  }, [span, sentenceIndex]);
  useKeepSentenceVisible(panelRef, sentenceIndex, isOpen);

  return (
    <section ref={panelRef} aria-labelledby="editor-tools-heading" data-testid="editor-panel" data-open={isOpen} className="editor-panel">
      <div className="flex items-center justify-between gap-2">
        <h2 id="editor-tools-heading" className="text-base font-semibold">
          Editor tools
        </h2>
        {/* Phones only: the sheet folds to its heading so the whole text can be read. */}
        <button type="button" className="editor-panel-toggle text-sm text-blue-800 underline underline-offset-2" aria-expanded={isOpen} aria-controls="editor-tools-body" onClick={() => setIsOpen((open) => !open)}>
          {isOpen ? "Hide" : "Show"}
        </button>
      </div>
      <div id="editor-tools-body" className="editor-panel-body mt-2">
        {span ? (
          <AnnotateForm
            key={`${span.start}:${span.end}`}
            articleId={articleId}
            span={span}
            claims={claims}
            onDone={(message) => {
              setSpan(null);
              setNotice(message);
            }}
          />
        ) : (
          <>
            <p role="status" className="text-sm font-medium text-emerald-900">
              {notice}
            </p>
            <p className="text-sm text-stone-700">Select text in the article to link it to a claim, or focus a sentence to set its verdicts.</p>
          </>
        )}
        {sentence ? (
          <div className="mt-4 border-t border-stone-200 pt-3">
            <h3 className="mb-1 text-sm font-semibold">
              Verdicts in <a href={`#s-${sentence.index}`} className="text-blue-800 underline underline-offset-2">sentence {sentence.index + 1}</a>
            </h3>
            {inSentence.length === 0 ? <p className="text-sm text-stone-700">No claim is linked to this sentence.</p> : null}
            <ul className="space-y-3">
              {inSentence.map((appearance) => (
                <li key={appearance.id} className="text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    {appearance.editorLabel ?? appearance.machineLabel ? <LabelChip label={(appearance.editorLabel ?? appearance.machineLabel)!} size="xs" /> : null}
                    <Link href={`/claims/${appearance.claimId}#a-${articleId}`} className="text-blue-800 underline underline-offset-2">
                      {appearance.claimKind === "detail" ? "Detail" : "Claim"}: {appearance.claimText.length > 90 ? `${appearance.claimText.slice(0, 90)}…` : appearance.claimText}
                    </Link>
                    {appearance.isReviewed ? <span className="text-xs font-semibold text-blue-900">reviewed</span> : null}
                  </p>
                  <VerdictForm appearanceId={appearance.id} version={appearance.version} machineLabel={appearance.machineLabel} label={appearance.editorLabel} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** Gap kept between the selected sentence and the sheet's top edge. */
const SHEET_MARGIN_PX = 12;

/**
 * On phones the panel is a bottom sheet (position: fixed): whenever it opens, grows or the
 * selection moves, scroll so the selected text ends above the sheet, and pad the page by the
 * sheet's height so the last sentences can get there. A side panel (not fixed) needs neither.
 */
function useKeepSentenceVisible(panelRef: RefObject<HTMLElement | null>, sentenceIndex: number | null, isOpen: boolean) {
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const place = () => {
      const isSheet = getComputedStyle(panel).position === "fixed";
      const height = isSheet ? panel.getBoundingClientRect().height : 0;
      document.documentElement.style.setProperty("--editor-sheet-height", `${Math.ceil(height)}px`);
      if (!isSheet || sentenceIndex === null) return;
      const target = document.getElementById(`s-${sentenceIndex}`);
      if (!target) return;
      const box = target.getBoundingClientRect();
      const visibleBottom = window.innerHeight - height - SHEET_MARGIN_PX;
      if (box.bottom > visibleBottom) window.scrollBy({ top: box.bottom - visibleBottom });
      else if (box.top < 0) window.scrollBy({ top: box.top - SHEET_MARGIN_PX });
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(panel);
    window.addEventListener("resize", place);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", place);
    };
  }, [panelRef, sentenceIndex, isOpen]);
}

function AnnotateForm({ articleId, span, claims, onDone }: { articleId: string; span: SelectedSpan; claims: PickerClaim[]; onDone: (message: string) => void }) {
  const { state, isPending, formProps } = useFormAction(annotateSpanAction);
  const [mode, setMode] = useState<"link" | "new">("link");
  const [query, setQuery] = useState("");
  // Controlled fields: React resets uncontrolled ones after each action, losing a refused edit.
  const [claimId, setClaimId] = useState("");
  const [newClaimText, setNewClaimText] = useState(span.exact);
  const [label, setLabel] = useState("");
  const [note, setNote] = useState("");
  const id = useId();
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = words.length === 0 ? claims : claims.filter((claim) => words.every((word) => claim.text.toLowerCase().includes(word)));
    return hits.slice(0, MAX_PICKER_RESULTS);
  }, [claims, query]);
  useEffect(() => {
    if (state?.ok) {
      document.getSelection()?.removeAllRanges();
      onDone(state.message);
    }
  }, [state, onDone]);
  const isTooLong = span.end - span.start > MAX_SPAN_LENGTH;

  return (
    <form {...formProps} className="grid gap-3" aria-label="Annotate the selection">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="start" value={span.start} />
      <input type="hidden" name="end" value={span.end} />
      <input type="hidden" name="exact" value={span.exact} />
      <p className="text-sm">
        <span className="font-medium">Selected:</span> <q data-testid="selected-span">{span.exact.length > 300 ? `${span.exact.slice(0, 300)}…` : span.exact}</q>
      </p>
      {isTooLong ? <p className="text-sm text-red-800">That selection is too long: select a sentence or a few.</p> : null}
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Link to</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="mode" value="link" checked={mode === "link"} onChange={() => setMode("link")} /> Link to an existing claim
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => setMode("new")} /> Create a new claim
        </label>
      </fieldset>
      {mode === "link" ? (
        <div>
          <label htmlFor={`${id}-find`} className={labelClass}>
            Find a claim
          </label>
          <input id={`${id}-find`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Words of the claim…" className={inputClass} autoComplete="off" />
          <fieldset className="mt-2 max-h-56 space-y-1 overflow-y-auto">
            <legend className="sr-only">Claims</legend>
            {matches.length === 0 ? <p className="text-sm text-stone-700">No claim matches.</p> : null}
            {matches.map((claim) => (
              <label key={claim.id} className="flex items-start gap-2 text-sm">
                <input type="radio" name="claimId" value={claim.id} required checked={claimId === claim.id} onChange={() => setClaimId(claim.id)} className="mt-1" />
                <span>
                  <span className="text-stone-600">{claim.isNew ? "new" : claim.kind}:</span> {claim.text.length > 160 ? `${claim.text.slice(0, 160)}…` : claim.text}
                </span>
              </label>
            ))}
          </fieldset>
          <FieldError state={state} name="claimId" id={`${id}-claim-error`} />
        </div>
      ) : (
        <div>
          <label htmlFor={`${id}-new`} className={labelClass}>
            New claim wording
          </label>
          <textarea id={`${id}-new`} name="newClaimText" rows={2} required value={newClaimText} onChange={(event) => setNewClaimText(event.target.value)} className={inputClass} />
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor={`${id}-label`} className={labelClass}>
            Label
          </label>
          <select id={`${id}-label`} name="label" required value={label} onChange={(event) => setLabel(event.target.value)} className={inputClass}>
            <option value="" disabled>
              Choose…
            </option>
            {APPEARANCE_LABELS.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-note`} className={labelClass}>
            Note
          </label>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={2}
            required
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            className={inputClass}
            aria-describedby={`${id}-note-error`}
          />
          <FieldError state={state} name="note" id={`${id}-note-error`} />
        </div>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButton} disabled={isPending || isTooLong}>
          {isPending ? "Saving…" : "Save annotation"}
        </button>
        <button type="button" className={secondaryButton} onClick={() => onDone("")}>
          Cancel
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
