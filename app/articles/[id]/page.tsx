import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { hasRole } from "@/lib/auth/roles";
import { getArticleAnnotations } from "@/lib/server/queries/get-article-annotations";
import { getArticleEditorData } from "@/lib/server/queries/get-article-editor-data";
import { getArticleReader } from "@/lib/server/queries/get-article-reader";
import { ArticleAnnotations } from "./_components/article-annotations";
import { AnnotatedText } from "./_components/annotated-text";
import { ArticleHeader } from "./_components/article-header";
import { ArticleManage } from "./_components/article-manage";
import { ReaderEditor } from "./_components/reader-editor";
import { ReferenceClaims } from "./_components/reference-claims";
import { isDraftStory } from "@/lib/pipeline/story-drafts";
import { requireReader } from "@/lib/server/auth/require-reader";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page share one read per request.
const readArticle = cache((id: string) => getArticleReader(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader(`/articles/${(await params).id}`);
  const article = await readArticle((await params).id);
  return {
    title: article ? `${article.outlet.name}: ${article.title}` : "Article not found",
  };
}

export default async function ArticlePage({ params }: Props) {
  const user = await requireReader(`/articles/${(await params).id}`);
  const article = await readArticle((await params).id);
  if (!article) notFound();
  // Articles of a draft story (no reference or no derivative yet) are for editors only.
  if (!hasRole(user, "editor") && isDraftStory({ hasReference: article.story.hasReference, derivativeCount: article.derivativeCount })) notFound();
  // Anonymous readers get the page as before; annotations for signed-in readers, tools for editors.
  const canEdit = hasRole(user, "editor");
  const [annotations, editorData] = await Promise.all([user ? getArticleAnnotations(article.id) : [], canEdit ? getArticleEditorData(article.id) : null]);
  return (
    // Editors get the editor panel as the second column from 1024 px (a bottom sheet below: app/globals.css .editor-panel).
    <div className={editorData ? "reader-editing mx-auto max-w-3xl lg:grid lg:max-w-[76rem] lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-6" : "mx-auto max-w-3xl xl:grid xl:max-w-[72rem] xl:grid-cols-[48rem_22rem] xl:gap-8"}>
      <article className="min-w-0">
        <Breadcrumbs
          items={[
            { href: "/", label: "Stories" },
            {
              href: `/stories/${article.story.slug}`,
              label: article.story.title,
            },
            { label: article.outlet.name },
          ]}
        />
        <ArticleHeader article={article} />
        {canEdit ? <ArticleManage article={article} canDelete={hasRole(user, "admin")} /> : null}
        {article.isReference ? <ReferenceClaims article={article} /> : null}
        <section aria-labelledby="text-heading">
          <h2 id="text-heading" className="mb-2 text-lg font-semibold">
            {article.isReference ? "The report as imported" : "The text as imported"}
          </h2>
          {article.sentences.length === 0 ? (
            <p className="mb-3 rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-700">
              Not analysed yet, so no sentence is labelled. Run the analysis for this story (<code>npm run db:seed</code> for the seed stories) and reload.
            </p>
          ) : (
            <p className="mb-3 text-sm text-stone-600">
              {article.isReference
                ? "Hover over or tab to a sentence to see its claims and who carries them."
                : "Hover over or tab to a sentence to see the reference sentence it was matched with and why it got its label."}
            </p>
          )}
          <AnnotatedText article={article} />
        </section>
        <ArticleAnnotations articleId={article.id} annotations={annotations} />
      </article>
      {editorData ? (
        <ReaderEditor
          articleId={article.id}
          sentences={article.sentences.map(({ index, start, end }) => ({ index, start, end }))}
          appearances={editorData.appearances}
          claims={editorData.claims}
        />
      ) : (
      <aside aria-label="About the explanations" className="reader-rail hidden xl:block">
        <p className="sticky top-6 rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-600">
          {article.isReference
            ? "Hover over or tab to a sentence: its claims and how many outlets carry them appear here."
            : "Hover over or tab to a sentence: the reference sentence it was matched with, its label, the reasons and the confidence appear here."}
        </p>
      </aside>
      )}
    </div>
  );
}
