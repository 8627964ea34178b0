import type { ActivityNote, HistoryEntry } from "@/lib/server/queries/get-claim-activity";
import { AddNoteForm } from "./add-note-form";

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toISOString().replace("T", " ").slice(0, 16)} UTC</time>;
}

/** Notes (editors can add one) and the claim's history, for signed-in readers. */
export function ClaimActivity({ claimId, notes, history, canEdit }: { claimId: string; notes: ActivityNote[]; history: HistoryEntry[]; canEdit: boolean }) {
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading" className="mb-2 text-lg font-semibold">
          Notes
        </h2>
        {notes.length === 0 ? <p className="mb-3 text-sm text-stone-700">No notes yet.</p> : null}
        <ul className="mb-3 space-y-2" data-testid="notes">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <p className="whitespace-pre-wrap text-stone-900">{note.body}</p>
              <p className="mt-1 text-stone-600">
                {note.author} · <When at={note.createdAt} />
                {note.outlet ? ` · on ${note.outlet}’s wording` : ""}
              </p>
            </li>
          ))}
        </ul>
        {canEdit ? <AddNoteForm claimId={claimId} label="Add a note on this claim" /> : null}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">
          History
        </h2>
        {history.length === 0 ? <p className="text-sm text-stone-700">No change recorded yet: every verdict, note and annotation will be listed here.</p> : null}
        <ol className="space-y-2" data-testid="history">
          {history.map((entry) => (
            <li key={entry.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <p>
                <strong>{entry.actor}</strong> {entry.words} · <When at={entry.at} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
