import type { StoryExport } from "./story-export";

/** Who is reading: anyone (not signed in) or the newsroom (any signed-in role). */
export type NoteAudience = "public" | "staff";

/**
 * The one visibility rule for editors' notes, applied by the claim page, the print view and every
 * export format alike:
 * - the note on a verdict (`editorNote`: why the label in force is what it is) is part of the
 *   published verdict, so everyone sees it;
 * - every other note (Note rows on a claim or on one outlet's wording) is newsroom discussion,
 *   naming staff and sources asked: signed-in readers only.
 */
export function getNoteAudience(viewer: { role: string } | null | undefined): NoteAudience {
  return viewer ? "staff" : "public";
}

/** Whether the audience may read the further notes on claims and wordings. */
export function canReadDiscussionNotes(audience: NoteAudience): boolean {
  return audience === "staff";
}

/** The export as `audience` may read it: for the public, the discussion notes are left out. */
export function applyNoteVisibility(data: StoryExport, audience: NoteAudience): StoryExport {
  if (canReadDiscussionNotes(audience)) return data;
  return {
    ...data,
    claims: data.claims.map((claim) => ({ ...claim, notes: [], appearances: claim.appearances.map((appearance) => ({ ...appearance, notes: [] })) })),
  };
}
