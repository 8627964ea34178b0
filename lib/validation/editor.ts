import { z } from "zod";
import { LABELS, type Label } from "@/lib/labels";

/** Labels an editor can give an appearance, in key order (1–6 in the review queue); "omitted" belongs to omissions. */
export const APPEARANCE_LABELS = LABELS.filter((label): label is Exclude<Label, "omitted"> => label !== "omitted");
/** A note is a paragraph or two: 2,000 characters holds a careful justification and keeps pages light. */
export const MAX_NOTE_LENGTH = 2_000;
/** A span is a sentence or a few: longer selections are almost always slips of the mouse. */
export const MAX_SPAN_LENGTH = 5_000;

const idSchema = z.string().min(1).max(64);
const labelSchema = z.enum(APPEARANCE_LABELS as [Label, ...Label[]], { message: "Choose a label" });
const noteText = z.string().trim().max(MAX_NOTE_LENGTH, { message: `Keep the note under ${MAX_NOTE_LENGTH} characters` });
const requiredNote = noteText.min(1, { message: "Write a note" });

/**
 * Setting an appearance's verdict (claim page, reader, review queue). `version` is the one the
 * editor's page read: a save against a newer one is refused. The note is required when the label
 * differs from the machine's (set-verdict.ts checks that, knowing the machine label).
 */
export const verdictSchema = z.object({
  appearanceId: idSchema,
  version: z.coerce.number().int().min(0),
  label: labelSchema,
  note: noteText.optional().transform((note) => note || null),
});
export type VerdictInput = z.input<typeof verdictSchema>;

/** A span an editor selected in the reader, linked to a claim or made into a new one. */
export const annotationSchema = z
  .object({
    articleId: idSchema,
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
    /** The text the editor saw selected: must still be at [start, end) when the save arrives. */
    exact: z.string().min(1).max(MAX_SPAN_LENGTH),
    claimId: idSchema.optional().or(z.literal("").transform(() => undefined)),
    newClaimText: z.string().trim().max(MAX_SPAN_LENGTH).optional().transform((text) => text || undefined),
    label: labelSchema,
    note: requiredNote,
  })
  .refine((value) => value.end > value.start && value.end - value.start <= MAX_SPAN_LENGTH, { message: "Select a span of text", path: ["exact"] })
  .refine((value) => Boolean(value.claimId) !== Boolean(value.newClaimText), { message: "Pick a claim or write a new one", path: ["claimId"] });
export type AnnotationInput = z.input<typeof annotationSchema>;

/** A note on a claim or on one appearance of it. */
export const noteSchema = z
  .object({
    claimId: idSchema.optional(),
    appearanceId: idSchema.optional(),
    body: requiredNote,
  })
  .refine((value) => Boolean(value.claimId) !== Boolean(value.appearanceId), { message: "A note belongs to a claim or an appearance", path: ["body"] });
export type NoteInput = z.input<typeof noteSchema>;

/** Editors may reword a claim they created (the machine's claims keep the reference's wording). */
export const claimEditSchema = z.object({
  claimId: idSchema,
  text: z.string().trim().min(1, { message: "Write the claim" }).max(MAX_SPAN_LENGTH),
});

/** An editor takes back one of their verdicts, named by its audit entry. */
export const undoVerdictSchema = z.object({ auditId: idSchema });
export type UndoVerdictInput = z.input<typeof undoVerdictSchema>;

/** "Not a claim": an editor dismisses a claim (with an optional reason), or restores it. */
export const dismissClaimSchema = z.object({
  claimId: idSchema,
  reason: z.string().trim().max(MAX_NOTE_LENGTH, { message: `Keep the reason under ${MAX_NOTE_LENGTH} characters` }).optional().transform((reason) => reason || null),
});
export type DismissClaimInput = z.input<typeof dismissClaimSchema>;
export const restoreClaimSchema = z.object({ claimId: idSchema });
