import Link from "next/link";
import { LabelChip } from "@/app/_components/label-chip";
import { secondaryButton } from "@/app/_components/form-styles";
import { undoVerdictAction } from "@/lib/server/actions/undo-verdict";
import type { MyVerdict } from "@/lib/server/queries/list-my-verdicts";

const TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** What an undo did, from the ?undo= the action redirects with. */
const UNDO_OUTCOMES: Record<string, { text: string; isError: boolean }> = {
  done: { text: "Undone: the verdict before yours is back, and the item is in the queue again if it was unreviewed.", isError: false },
  conflict: { text: "Not undone: someone changed that verdict since yours. Open it and set the verdict instead.", isError: true },
  gone: { text: "Not undone: that verdict is not one of yours any more (already undone, or its item was removed).", isError: true },
};

/**
 * The editor's own recent verdicts, newest first, each with an Undo button while nobody has changed
 * the item since. Plain forms posting a server action: works without JavaScript.
 */
export function MyVerdicts({ verdicts, outcome, storySlug }: { verdicts: readonly MyVerdict[]; outcome: string | undefined; storySlug: string | undefined }) {
  const message = outcome ? UNDO_OUTCOMES[outcome] : undefined;
  return (
    <section aria-labelledby="my-verdicts-heading" className="mt-8">
      <h2 id="my-verdicts-heading" className="mb-2 text-lg font-semibold">
        Your recent verdicts
      </h2>
      {message ? (
        <p role={message.isError ? "alert" : "status"} className={`mb-2 text-sm font-medium ${message.isError ? "text-red-800" : "text-emerald-900"}`}>
          {message.text}
        </p>
      ) : null}
      {verdicts.length === 0 ? (
        <p className="text-sm text-stone-700">None yet. Verdicts you confirm or change appear here, and the latest can be undone.</p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Your recent verdicts">
          {verdicts.map((verdict) => (
            <li key={verdict.auditId} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm" data-testid="my-verdict">
              <span className="text-stone-600">
                <time dateTime={verdict.at.toISOString()}>{TIME.format(verdict.at)} UTC</time>
              </span>
              <strong>{verdict.outlet}</strong>
              <span className="inline-flex items-center gap-1">
                {verdict.from && verdict.from !== verdict.to ? (
                  <>
                    <LabelChip label={verdict.from} size="xs" /> <span aria-label="changed to">→</span>
                  </>
                ) : null}
                {verdict.to ? <LabelChip label={verdict.to} size="xs" /> : null}
                {verdict.from === verdict.to ? <span className="text-stone-600">confirmed</span> : null}
              </span>
              <Link
                href={verdict.sentenceIndex !== null ? `/articles/${verdict.articleId}#s-${verdict.sentenceIndex}` : `/claims/${verdict.claimId}#a-${verdict.articleId}`}
                className="min-w-0 flex-1 truncate font-serif text-blue-900 underline-offset-2 hover:underline"
                title={verdict.text}
              >
                “{verdict.text}”
              </Link>
              {verdict.isUndone ? (
                <span className="text-stone-600">undone</span>
              ) : verdict.isUndoable ? (
                <form action={undoVerdictAction}>
                  <input type="hidden" name="auditId" value={verdict.auditId} />
                  {storySlug ? <input type="hidden" name="story" value={storySlug} /> : null}
                  <button type="submit" className={`${secondaryButton} py-0.5`} aria-label={`Undo: ${verdict.outlet}, ${verdict.to ?? "verdict"}`}>
                    Undo
                  </button>
                </form>
              ) : (
                <span className="text-stone-600" title="Someone changed it since">changed since</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
