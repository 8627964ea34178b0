import { LABEL_STYLES, type Label } from "@/lib/labels";
import type { ReaderArticle, ReaderClaim, ReaderSentence } from "@/lib/server/queries/get-article-reader";
import { buildSegments } from "./build-segments";

// The annotated text is the heaviest part of the page (a 60-sentence article carries 60 sentences,
// 60 explanations and their reference wording), so it is rendered to one HTML string rather than
// thousands of React elements: a fraction of the server time, and a single string in the RSC
// payload. Every piece of text goes through escapeHtml.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A piece of the raw text, marked with its offset in rawText: the editors' span selection turns a
 * DOM selection back into offsets from these (chips and popovers carry no data-o and are skipped).
 */
function rawHtml(text: string, start: number): string {
  return `<span class="raw" data-o="${start}">${escapeHtml(text)}</span>`;
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const REASON_WORDS: Record<string, string> = { "related-links": "related links", "share-prompt": "share prompt", "photo-credit": "photo credit", "author-box": "author box" };
/** "related-links" → "related links", for the page-chrome summary. */
export const describeChromeReason = (reason: string) => REASON_WORDS[reason] ?? reason.replaceAll("-", " ");

/** The same chip as LabelChip (icon + word + colour), as a compact string; `.chip` is in globals.css. */
function chipHtml(label: Label, size: "xs" | "sm"): string {
  const style = LABEL_STYLES[label];
  return `<span class="chip chip-${size} ${style.chip}" data-label="${label}"><span aria-hidden="true">${style.icon}</span>${label}</span>`;
}

function popoverHtml(index: number, body: string): string {
  return `<span id="p-${index}" class="pop" role="note" aria-label="Sentence ${index + 1} explained">${body}</span>`;
}

function derivativeSentenceHtml(sentence: ReaderSentence, text: string, start: number, articleId: string): string {
  const { index, label } = sentence;
  const head = [
    label ? chipHtml(label, "sm") : sentence.isDismissed ? "<b>Not a claim</b>" : "<b>Not labelled</b>",
    sentence.isDismissed && sentence.machineLabel ? `<span class="pop-muted">dismissed by an editor (machine: ${sentence.machineLabel})</span>` : "",
    sentence.confidence !== null ? `<span class="pop-muted">confidence ${sentence.confidence.toFixed(2)}</span>` : "",
    sentence.isEditorLabel && sentence.machineLabel ? `<span class="pop-muted">editor verdict (machine: ${sentence.machineLabel})</span>` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const matches =
    sentence.matches.length === 0
      ? `<span class="pop-muted pop-block">No counterpart in the reference.</span>`
      : sentence.matches
          .map(
            (match) =>
              // Verbatim copies are common (wire rewrites): say so rather than repeat the sentence.
              `<span class="pop-ref">${match.text.trim() === text.trim() ? "Word for word the same." : escapeHtml(match.text)} <a href="/claims/${escapeHtml(match.claimId)}#a-${escapeHtml(articleId)}">claim page</a>` +
              (match.editorNote ? `<span class="pop-block">Editor: ${escapeHtml(match.editorNote)}</span>` : "") +
              `</span>`,
          )
          .join("");
  const reasons = sentence.reasons
    .map((reason) => {
      // Most details already quote their evidence; repeat it only when they do not.
      const { reference, derivative } = reason.evidence ?? {};
      const isQuoted = (text: string | undefined) => !text || reason.detail.includes(text);
      const evidence =
        reason.evidence && !(isQuoted(reference) && isQuoted(derivative))
          ? `<span class="pop-ev">${[reference ? `reference “${escapeHtml(reference)}”` : "", derivative ? `here “${escapeHtml(derivative)}”` : ""]
              .filter(Boolean)
              .join(" → ")}</span>`
          : "";
      return `<span class="pop-block"><code>${escapeHtml(reason.code)}</code> ${escapeHtml(reason.detail)}${evidence}</span>`;
    })
    .join("");
  const body =
    `<span class="pop-block">${head}</span>` +
    `<span class="pop-h">${sentence.matches.length > 1 ? "Reference sentences" : "Reference sentence"}</span>${matches}` +
    (reasons ? `<span class="pop-h">Why</span>${reasons}` : "");
  const tint = label ? ` ${LABEL_STYLES[label].tint}` : "";
  return (
    `<span id="s-${index}" tabindex="0" class="sentence${tint}" data-label="${label ?? "none"}" aria-describedby="p-${index}">` +
    `${label ? chipHtml(label, "xs") : ""} ${rawHtml(text, start)}${popoverHtml(index, body)}</span>`
  );
}

function referenceSentenceHtml(index: number, text: string, start: number, claims: readonly ReaderClaim[], derivativeCount: number): string {
  const carried = claims.length > 0 ? Math.max(...claims.map((claim) => claim.outletCount)) : null;
  const badge =
    carried === null
      ? ""
      : `<span class="carry-badge"><span aria-hidden="true">×${carried}</span><span class="sr-only">carried by ${carried} of ${derivativeCount} outlets</span></span> `;
  const body =
    claims.length === 0
      ? `<span class="pop-muted pop-block">No claim was drawn from this sentence.</span>`
      : claims
          .map(
            (claim) =>
              `<span class="pop-h">Claim ${claim.number}: carried by ${claim.outletCount} of ${derivativeCount} outlets</span>` +
              // A claim is usually the whole sentence; its wording is repeated only when it is a clause.
              (claim.text.trim() === text.trim() ? "" : `<span class="pop-block">${escapeHtml(claim.text)}</span>`) +
              `<a href="/claims/${escapeHtml(claim.id)}">How each outlet told it</a>`,
          )
          .join("");
  return (
    `<span id="s-${index}" tabindex="0" class="sentence" data-label="reference" aria-describedby="p-${index}">` +
    `${badge}${rawHtml(text, start)}${popoverHtml(index, body)}</span>`
  );
}

/**
 * The article's raw text as imported — paragraph breaks and all — with every sentence marked and
 * explained (CSS-only popover on hover and focus), and runs of page chrome folded into <details>.
 */
export function renderReaderHtml(article: ReaderArticle): string {
  const claimsBySentence = new Map<number, ReaderClaim[]>();
  for (const claim of article.claims) {
    if (claim.sentenceIndex !== null) claimsBySentence.set(claim.sentenceIndex, [...(claimsBySentence.get(claim.sentenceIndex) ?? []), claim]);
  }
  return buildSegments(article.rawText, article.sentences, article.excluded)
    .map((segment) => {
      if (segment.type === "text") return rawHtml(segment.text, segment.start);
      if (segment.type === "chrome") {
        const lines = `${segment.lineCount} ${segment.lineCount === 1 ? "line" : "lines"}`;
        const reasons = segment.reasons.map(describeChromeReason).join(", ");
        return (
          `<details class="chrome"><summary>${lines} of page chrome hidden (${escapeHtml(reasons)}) — ` +
          `<span class="chrome-show">show</span><span class="chrome-hide">hide</span></summary><div>${rawHtml(segment.text, segment.start)}</div></details>`
        );
      }
      const { sentence, text, start } = segment;
      return article.isReference
        ? referenceSentenceHtml(sentence.index, text, start, claimsBySentence.get(sentence.index) ?? [], article.derivativeCount)
        : derivativeSentenceHtml(sentence, text, start, article.id);
    })
    .join("");
}
