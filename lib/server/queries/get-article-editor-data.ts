import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import type { Label } from "@/lib/labels";

export interface EditableAppearance {
  id: string;
  claimId: string;
  claimText: string;
  claimKind: "statement" | "detail";
  text: string;
  start: number;
  end: number;
  machineLabel: Label | null;
  editorLabel: Label | null;
  isReviewed: boolean;
  version: number;
}

export interface PickerClaim {
  id: string;
  text: string;
  kind: "statement" | "detail";
  isNew: boolean;
}

/**
 * What the reader's editor tools need (editors only, so anonymous pages stay light): the live
 * appearances of the article with their versions, and the story's claims for the link picker. Both
 * through the article's story: a stage story's rows (lib/counts/stage-story.ts) are never offered.
 */
export async function getArticleEditorData(articleId: string, db: Db = appDb): Promise<{ appearances: EditableAppearance[]; claims: PickerClaim[] }> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { storyId: true } });
  if (!article) return { appearances: [], claims: [] };
  const [appearances, claims] = await Promise.all([
    db.claimAppearance.findMany({
      where: { articleId, claim: { storyId: article.storyId }, isStale: false, anchor: { not: "orphaned" } },
      orderBy: [{ start: "asc" }, { end: "desc" }],
      select: {
        id: true,
        claimId: true,
        text: true,
        start: true,
        end: true,
        machineLabel: true,
        editorLabel: true,
        isReviewed: true,
        version: true,
        claim: { select: { text: true, kind: true } },
      },
    }),
    db.claim.findMany({ where: { storyId: article.storyId, isStale: false }, orderBy: { position: "asc" }, select: { id: true, text: true, kind: true, isNew: true } }),
  ]);
  return {
    appearances: appearances.map(({ claim, ...appearance }) => ({ ...appearance, claimText: claim.text, claimKind: claim.kind })),
    claims,
  };
}
