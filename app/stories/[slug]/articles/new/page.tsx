import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/require-role";
import { MAX_IMPORT_ARTICLES } from "@/lib/validation/article-import";
import { outletKinds } from "@/lib/validation/story-manifest";
import { AddArticlesForm } from "./_components/add-articles-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const story = await db.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { title: true } });
  return { title: story ? `Add articles · ${story.title}` : "Story not found" };
}

export default async function AddArticlesPage({ params }: Props) {
  const { slug } = await params;
  await requireRole("editor", { next: `/stories/${slug}/articles/new` });
  const story = await db.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { slug: true, title: true, referenceArticleId: true, _count: { select: { articles: true } } } });
  if (!story) notFound();
  const outlets = await db.outlet.findMany({ select: { name: true, kind: true }, orderBy: { name: "asc" } });
  return (
    <article className="grid max-w-4xl gap-6">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { href: `/stories/${story.slug}`, label: story.title }, { label: "Add articles" }]} />
        <h1 className="text-2xl font-semibold">Add articles</h1>
        <p className="mt-1 text-sm text-stone-700">
          Paste each article&apos;s text or upload <code>.txt</code>, <code>.md</code> or <code>.html</code> files (a web page is reduced to its article; the original is kept). {story.referenceArticleId ? "The story already has a reference; mark another article to replace it." : "Mark the reference report: every other article is compared with it."} The batch is checked as a whole — if anything is wrong nothing is saved — then the story is analysed. Up to {MAX_IMPORT_ARTICLES} articles at a time.
        </p>
      </header>
      <AddArticlesForm slug={story.slug} outlets={outlets} kinds={outletKinds} hasReference={story.referenceArticleId !== null} />
    </article>
  );
}
