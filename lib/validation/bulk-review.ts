import { z } from "zod";
import { APPEARANCE_LABELS, MAX_NOTE_LENGTH } from "./editor";
import { slugSchema } from "./story-manifest";

/** The bulk operations of the review queue, in the order the form lists them. */
export const BULK_OPERATIONS = ["confirm", "relabel", "dismiss"] as const;

/** A ticked item: "<appearance id>:<version the page read>". */
const itemSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}:\d{1,9}$/, { message: "Unknown item" })
  .transform((value) => {
    const [id, version] = value.split(":");
    return { id: id!, version: Number(version) };
  });

/**
 * A bulk step on the review queue: confirm, relabel (with a label and a note) or dismiss either
 * the ticked items or every unreviewed item matching the queue's filter (one story, or all).
 */
export const bulkReviewSchema = z
  .object({
    operation: z.enum(BULK_OPERATIONS, { message: "Choose confirm, relabel or dismiss" }),
    label: z.enum(APPEARANCE_LABELS as [string, ...string[]]).optional().or(z.literal("").transform(() => undefined)),
    note: z.string().trim().max(MAX_NOTE_LENGTH, { message: `Keep the note under ${MAX_NOTE_LENGTH} characters` }).optional().transform((note) => note || null),
    scope: z.enum(["selected", "filter"]),
    items: z.array(itemSchema).max(1_000).default([]),
    storySlug: slugSchema.optional().or(z.literal("").transform(() => undefined)),
    /** "All matching" in "my queue": only the editor's assignments. */
    isMine: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "selected" && value.items.length === 0) ctx.addIssue({ code: "custom", path: ["items"], message: "Tick at least one item" });
    if (value.operation === "relabel" && !value.label) ctx.addIssue({ code: "custom", path: ["label"], message: "Choose the new label" });
    if (value.operation === "relabel" && !value.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Write a note saying why you change the machine’s labels" });
  });
export type BulkReviewInput = z.input<typeof bulkReviewSchema>;

/** What the queue page says when a bulk step was refused (?bulk=refused&why=<code>). */
export const BULK_REFUSALS: Record<string, string> = {
  items: "Tick at least one item, or choose “all matching this filter”.",
  label: "Choose the new label for “relabel”.",
  note: "Write a note: relabelling changes the machine’s labels.",
  conflict: "Nothing was changed: those items were reviewed or changed meanwhile. The queue below is current.",
  limit: "That is more items than one step may change: narrow the queue to one story first.",
  invalid: "Nothing was changed: check the bulk form.",
};
