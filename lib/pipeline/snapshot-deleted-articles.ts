import { LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STORY_ARTICLE_ORDER } from "./story-order";

/**
 * What a deletion keeps in its audit entry, per article: everything needed to know what was lost
 * and to import it again (text, outlet, title, URL, dates, provenance), plus the editors' work on
 * it: every appearance an editor linked, labelled, confirmed or annotated (with the claim it was
 * linked to) and every note (on its appearances or on the article, retracted ones marked).
 * Machine results are left out: a re-import recomputes them, and so are a stage story's rows on the
 * article (lib/counts/stage-story.ts): they are not the article's story's work.
 */
export async function snapshotDeletedArticles(tx: Tx, where: Prisma.ArticleWhereInput): Promise<Prisma.InputJsonObject[]> {
  const articles = await tx.article.findMany({
    where,
    orderBy: STORY_ARTICLE_ORDER,
    select: {
      id: true, title: true, url: true, publishedAt: true, byline: true, capturedFrom: true, sourceNotes: true, language: true,
      sourceFile: true, inputFormat: true, contentHash: true, rawText: true, rawInput: true, createdAt: true,
      outlet: { select: { name: true, kind: true, domain: true } },
      referenceOf: { select: { id: true } },
      notes: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true, retractedAt: true, author: { select: { email: true } } } },
      appearances: {
        where: { ...LIVE_CLAIM_ROW, OR: [{ foundBy: "editor" }, { editorLabel: { not: null } }, { isReviewed: true }, { editorNote: { not: null } }, { notes: { some: {} } }] },
        orderBy: { start: "asc" },
        select: {
          start: true, end: true, text: true, foundBy: true, machineLabel: true, editorLabel: true, editorNote: true, isReviewed: true, editedAt: true,
          editor: { select: { email: true } },
          claim: { select: { id: true, key: true, text: true, isNew: true } },
          notes: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true, retractedAt: true, author: { select: { email: true } } } },
        },
      },
    },
  });
  const note = (row: { body: string; createdAt: Date; retractedAt: Date | null; author: { email: string } | null }) => ({
    body: row.body,
    author: row.author?.email ?? null,
    createdAt: row.createdAt.toISOString(),
    retractedAt: row.retractedAt?.toISOString() ?? null,
  });
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    url: article.url,
    outlet: article.outlet,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    byline: article.byline,
    capturedFrom: article.capturedFrom,
    sourceNotes: article.sourceNotes,
    language: article.language,
    sourceFile: article.sourceFile,
    inputFormat: article.inputFormat,
    contentHash: article.contentHash,
    isReference: article.referenceOf !== null,
    importedAt: article.createdAt.toISOString(),
    rawText: article.rawText,
    rawInput: article.rawInput,
    notes: article.notes.map(note),
    verdicts: article.appearances.map((appearance) => ({
      claim: { id: appearance.claim.id, key: appearance.claim.key, text: appearance.claim.text, isNew: appearance.claim.isNew },
      text: appearance.text,
      start: appearance.start,
      end: appearance.end,
      foundBy: appearance.foundBy,
      machineLabel: appearance.machineLabel,
      editorLabel: appearance.editorLabel,
      editorNote: appearance.editorNote,
      isReviewed: appearance.isReviewed,
      editor: appearance.editor?.email ?? null,
      editedAt: appearance.editedAt?.toISOString() ?? null,
      notes: appearance.notes.map(note),
    })),
  }));
}
