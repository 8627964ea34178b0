import Link from "next/link";
import { LabelChip } from "@/app/_components/label-chip";
import { WordDiff } from "@/app/_components/word-diff";
import type { OutletChange, OutletChangedSentence } from "@/lib/server/queries/get-outlet-changes";

/**
 * One changed sentence of the outlet: the whole sentence (linked to its place in the article), then
 * each change in it with the label in force, the reference sentence, the word diff and the reasons.
 */
export function ChangedSentence({ articleId, referenceArticleId, sentence }: { articleId: string; referenceArticleId: string | null; sentence: OutletChangedSentence }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4" data-testid="changed-sentence">
      <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-600">
        {sentence.index !== null ? (
          <Link href={`/articles/${articleId}#s-${sentence.index}`} className="text-blue-800 underline underline-offset-2">
            Sentence {sentence.index + 1}
          </Link>
        ) : (
          "A span outside the article’s sentences"
        )}
      </p>
      <blockquote className="font-serif text-base leading-relaxed text-stone-950">{sentence.text}</blockquote>
      <ul className="mt-2 grid gap-2 divide-y divide-stone-200">
        {sentence.changes.map((change) => (
          <li key={change.appearanceId} className="pt-2 text-sm" data-testid="outlet-change" data-label={change.label}>
            <Change change={change} sentenceText={sentence.text} referenceArticleId={referenceArticleId} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function Change({ change, sentenceText, referenceArticleId }: { change: OutletChange; sentenceText: string; referenceArticleId: string | null }) {
  const isWholeSentence = change.text === sentenceText;
  const kind = change.claim.isNew ? `new ${change.claim.detailType ?? "material"}` : change.claim.kind === "detail" ? `detail · ${change.claim.detailType ?? "other"}` : "statement";
  const showsReference = change.referenceSentence && (change.claim.kind === "detail" || change.referenceSentence.text !== change.claim.text);
  return (
    <>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <LabelChip label={change.label} by={change.editorName ? "editor" : "machine"} />
        <span className="text-stone-600">{kind}</span>
        <span className="text-stone-600">{change.editorName ? `· set by ${change.editorName}` : change.isReviewed ? "· confirmed by an editor" : "· machine verdict"}</span>
        <Link href={`/claims/${change.claim.id}`} className="text-blue-800 underline underline-offset-2">
          the claim
        </Link>
      </p>
      {!isWholeSentence ? <p className="mt-1 font-serif text-stone-900">“{change.text}”</p> : null}
      {change.claim.isNew ? (
        <p className="mt-1 text-stone-700">Not in the reference: no counterpart to compare with.</p>
      ) : (
        <>
          {showsReference && change.referenceSentence ? (
            <figure className="mt-1 border-l-4 border-amber-300 pl-2">
              <figcaption className="text-xs font-medium uppercase tracking-wide text-stone-600">Reference sentence</figcaption>
              <blockquote className="font-serif text-stone-800">
                {referenceArticleId ? (
                  <Link href={`/articles/${referenceArticleId}#s-${change.referenceSentence.index}`} className="underline-offset-2 hover:underline">
                    {change.referenceSentence.text}
                  </Link>
                ) : (
                  change.referenceSentence.text
                )}
              </blockquote>
            </figure>
          ) : null}
          <p className="mt-1 font-serif text-stone-900" data-testid="outlet-diff">
            <span className="font-sans text-xs font-medium uppercase tracking-wide text-stone-600">Reference → {isWholeSentence ? "this sentence" : "this wording"}: </span>
            {change.diff ? <WordDiff parts={change.diff} /> : <>“{change.claim.text}” → “{change.text}”</>}
          </p>
        </>
      )}
      {change.reasons.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-stone-700" aria-label="Reasons">
          {change.reasons.map((reason, index) => (
            <li key={index}>{reason.detail || reason.code}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
