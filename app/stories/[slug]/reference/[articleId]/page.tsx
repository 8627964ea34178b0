import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { secondaryButton } from "@/app/_components/form-styles";
import { requireRole } from "@/lib/server/auth/require-role";
import { getReferenceChange } from "@/lib/server/queries/get-reference-change";
import { MakeReferenceButton } from "./_components/make-reference-button";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, articleId } = await params;
  await requireRole("editor", { next: `/stories/${slug}/reference/${articleId}` });
  const change = await getReferenceChange(slug, articleId);
  return { title: change ? `Make ${change.article.outletName} the reference · ${change.story.title}` : "Not found" };
}

/** "Make reference", step two: what the change will do, then one button to confirm (works without JavaScript). */
export default async function ConfirmReferencePage({ params }: Props) {
  const { slug, articleId } = await params;
  await requireRole("editor", { next: `/stories/${slug}/reference/${articleId}` });
  const change = await getReferenceChange(slug, articleId);
  if (!change) notFound();
  const { story, article, currentReference } = change;
  const derivatives = change.articleCount - 1;
  return (
    <article className="grid max-w-3xl gap-6">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { href: `/stories/${story.slug}`, label: story.title }, { label: "Make reference" }]} />
        <h1 className="text-2xl font-semibold">Make {article.outletName} the reference?</h1>
      </header>
      {change.isAlreadyReference ? (
        <p className="text-sm text-stone-700">
          {article.outletName}&apos;s “{article.title}” already is the reference of this story. <Link href={`/stories/${story.slug}`}>Back to the story</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="what-heading" className="grid gap-2 text-sm text-stone-800">
            <h2 id="what-heading" className="font-semibold">
              What this does
            </h2>
            <ul className="list-disc space-y-1 pl-5">
              <li>
                {article.outletName}&apos;s “{article.title}” becomes the report every other article is compared with{currentReference ? `, instead of ${currentReference.outletName}'s` : ""}; {currentReference ? `${currentReference.outletName} becomes a derivative.` : "the story had no reference."}
              </li>
              <li>The claims are rebuilt from its text and all {derivatives} other {derivatives === 1 ? "article is" : "articles are"} analysed again against it. This runs in the background; the story page shows its progress, and everyone keeps seeing the current analysis until the new one is complete and switched in at once.</li>
              <li>
                Editor work is kept: {change.editorAppearances} reviewed, overridden or hand-linked {change.editorAppearances === 1 ? "wording" : "wordings"} and {change.claimNotes} {change.claimNotes === 1 ? "note" : "notes"} on claims. Those on claims the new reference no longer has stay, marked stale.
              </li>
            </ul>
          </section>
          <div className="flex flex-wrap items-start gap-3">
            <MakeReferenceButton slug={story.slug} articleId={article.id} outletName={article.outletName} />
            <Link href={`/stories/${story.slug}`} className={secondaryButton}>
              Cancel
            </Link>
          </div>
        </>
      )}
    </article>
  );
}
