import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { LineageGraph, LineageGraphKey, MAX_GRAPH_ARTICLES } from "@/app/_components/lineage-graph";
import { PageLinks } from "@/app/_components/page-links";
import { selectPage } from "@/app/_components/select-page";
import { MIN_MARGIN, type SharedDetailGroup } from "@/lib/lineage";
import { requireReader } from "@/lib/server/auth/require-reader";
import { getStoryLineage } from "@/lib/server/queries/get-story-lineage";
import { LINKS_PER_PAGE, MAX_CARRIERS_LISTED, lineagePageParamsSchema } from "@/lib/validation/lineage-page";
import { LineageTable } from "./_components/lineage-table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One computation per request, shared by the metadata and the page. */
const load = cache((slug: string) => getStoryLineage(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  await requireReader(`/stories/${slug}/lineage`);
  const view = await load(slug);
  return { title: view ? `Lineage: ${view.story.title}` : "Story not found" };
}

/** Who copied whom: the lineage graph, its table, and the details the reference lacks that several outlets share. */
export default async function StoryLineagePage({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  await requireReader(`/stories/${slug}/lineage`);
  const view = await load(slug);
  if (!view) notFound();
  const { story, articles, lineage } = view;
  const outlets = new Map(articles.map((article) => [article.id, article.outlet]));
  const name = (id: string) => outlets.get(id) ?? "unknown article";
  const shown = selectPage(lineage.links, lineagePageParamsSchema.parse(search).page, LINKS_PER_PAGE);
  const pager = (
    <PageLinks
      label="Pages of rewrites"
      noun="Rewrites"
      page={shown.page}
      pageCount={shown.pageCount}
      first={shown.first}
      shown={shown.items.length}
      total={lineage.links.length}
      hrefOf={(page) => `/stories/${story.slug}/lineage${page > 1 ? `?page=${page}` : ""}#table-heading`}
    />
  );

  return (
    <article className="grid gap-6">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { href: `/stories/${story.slug}`, label: story.title }, { label: "Lineage" }]} />
        <h1 className="text-2xl font-semibold">Who copied whom</h1>
        <p className="mt-1 max-w-3xl text-sm text-stone-700">
          For each rewrite, its most likely source among the other articles: the reference, or a rewrite published before it. Evidence for a rewrite as source is what the reference cannot explain — details and wording the two share and the reference lacks, the same changed wording of a claim, the same omissions — weighed against what the rewrite carries that the candidate lacks. When two candidates score within {MIN_MARGIN} of each other the page says &quot;undecided&quot; rather than choosing. Estimated from the stored analysis each time the page is read.
        </p>
      </header>

      {!lineage.referenceId ? (
        <p className="rounded-lg border border-dashed border-stone-400 bg-white p-6 text-stone-700">This story has no reference article yet, so there is nothing to trace copies from.</p>
      ) : lineage.links.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-400 bg-white p-6 text-stone-700">This story holds only its reference report: add rewrites to see who copied whom.</p>
      ) : (
        <>
          {!story.analyzedAt ? <p className="text-sm font-semibold text-amber-900">The analysis has not run yet: the estimate below uses wording only.</p> : null}
          <section aria-labelledby="graph-heading" className="grid gap-3">
            <h2 id="graph-heading" className="text-lg font-semibold">
              Lineage graph
            </h2>
            <figure className="grid gap-2 rounded-lg border border-stone-200 bg-white p-3">
              <LineageGraph articles={articles} links={lineage.links} sharedDetails={lineage.sharedDetails} />
              <figcaption className="grid gap-2 text-sm text-stone-700">
                Articles from top to bottom in order of publication (then of capture); each arrow runs from an article&apos;s most likely source to it. The same content as a table follows.
                {articles.length > MAX_GRAPH_ARTICLES ? ` The graph shows the first ${MAX_GRAPH_ARTICLES} of ${articles.length} articles; the table lists every one${lineage.links.length > LINKS_PER_PAGE ? `, ${LINKS_PER_PAGE} a page` : ""}.` : null}
                <LineageGraphKey />
              </figcaption>
            </figure>
          </section>

          <section aria-labelledby="table-heading" className="grid gap-3">
            <h2 id="table-heading" className="text-lg font-semibold">
              Sources and evidence
            </h2>
            {pager}
            <LineageTable articles={articles} links={shown.items} />
            {pager}
          </section>

          {lineage.sharedDetails.length > 0 ? (
            <section aria-labelledby="shared-heading" className="grid gap-3">
              <h2 id="shared-heading" className="text-lg font-semibold">
                Details the reference lacks, carried by several outlets
              </h2>
              <ul className="grid gap-2" data-testid="lineage-shared-details">
                {lineage.sharedDetails.map((group) => (
                  <li key={group.key} className="rounded border border-stone-200 bg-white p-3 text-sm">
                    <p>
                      First in <strong>{name(group.carriers[0]!.articleId)}</strong>: <CarrierWording carrier={group.carriers[0]!} />
                    </p>
                    {group.carriers.length > 1 ? (
                      <p className="text-stone-700">
                        Then:{" "}
                        {group.carriers.slice(1, MAX_CARRIERS_LISTED).map((carrier, index) => (
                          <span key={carrier.articleId}>
                            {index > 0 ? "; " : null}
                            {name(carrier.articleId)} (<CarrierWording carrier={carrier} />)
                          </span>
                        ))}
                        {group.carriers.length > MAX_CARRIERS_LISTED ? `; and ${(group.carriers.length - MAX_CARRIERS_LISTED).toLocaleString("en")} more ${group.carriers.length - MAX_CARRIERS_LISTED === 1 ? "outlet" : "outlets"}` : null}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </article>
  );
}

/** A carrier's wording, linked to its claim when it is new material (the claim page traces it), else to the article. */
function CarrierWording({ carrier }: { carrier: SharedDetailGroup["carriers"][number] }) {
  return (
    <Link href={carrier.isNewClaim ? `/claims/${carrier.claimId}` : `/articles/${carrier.articleId}`} className="text-blue-800 underline underline-offset-2">
      “{carrier.text}”
    </Link>
  );
}
