import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import type { Label } from "@/lib/labels";

export interface ArticleAnnotation {
  id: string;
  claimId: string;
  claimText: string;
  /** The quote as stored (TextQuoteSelector.exact). */
  text: string;
  start: number;
  end: number;
  label: Label | null;
  note: string | null;
  editor: string | null;
  editedAt: Date | null;
  /** anchored, moved (re-anchored after a re-import) or orphaned (not found again: kept, listed, never placed). */
  anchor: string;
  sentenceIndex: number | null;
}

/**
 * The spans editors linked by hand in an article, in text order, orphaned ones included (signed-in
 * readers); never a stage story's (lib/counts/stage-story.ts).
 */
export async function getArticleAnnotations(articleId: string, db: Db = appDb): Promise<ArticleAnnotation[]> {
  const rows = await db.claimAppearance.findMany({
    where: { articleId, ...LIVE_CLAIM_ROW, OR: [{ foundBy: "editor" }, { anchor: "orphaned" }] },
    orderBy: [{ anchor: "desc" }, { start: "asc" }],
    select: {
      id: true,
      claimId: true,
      text: true,
      start: true,
      end: true,
      editorLabel: true,
      machineLabel: true,
      editorNote: true,
      editedAt: true,
      anchor: true,
      claim: { select: { text: true } },
      editor: { select: { name: true, email: true } },
      sentence: { select: { index: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    claimId: row.claimId,
    claimText: row.claim.text,
    text: row.text,
    start: row.start,
    end: row.end,
    label: row.editorLabel ?? row.machineLabel,
    note: row.editorNote,
    editor: row.editor ? (row.editor.name ?? row.editor.email) : null,
    editedAt: row.editedAt,
    anchor: row.anchor,
    sentenceIndex: row.sentence?.index ?? null,
  }));
}
