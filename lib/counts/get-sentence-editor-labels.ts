import type { Db } from "@/lib/db";
import type { Label } from "@/lib/labels";

/**
 * The editors' verdicts on the live appearances of one article, by sentence id: every claim kind
 * (statements, their details, new material), as sentenceLabelInForce() needs them. One indexed read.
 */
export async function getSentenceEditorLabels(db: Db, articleId: string): Promise<Map<string, Label[]>> {
  const rows = await db.$queryRaw<{ sentenceId: string; editorLabel: Label }[]>`
    SELECT "sentenceId", "editorLabel" FROM "ClaimAppearance"
    WHERE "articleId" = ${articleId} AND "sentenceId" IS NOT NULL AND "editorLabel" IS NOT NULL AND "isStale" = FALSE`;
  const bySentence = new Map<string, Label[]>();
  for (const row of rows) bySentence.set(row.sentenceId, [...(bySentence.get(row.sentenceId) ?? []), row.editorLabel]);
  return bySentence;
}
