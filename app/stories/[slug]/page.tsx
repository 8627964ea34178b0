import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { formatDate } from "@/app/_components/format-date";
import { LabelLegend } from "@/app/_components/label-legend";
import { getOutletScorecard } from "@/lib/server/queries/get-outlet-scorecard";
import { getStoryJob } from "@/lib/server/queries/get-story-job";
import { getStoryMatrix } from "@/lib/server/queries/get-story-matrix";
import { addLabelCounts } from "@/lib/counts/summarize-story-labels";
import { getStoryMatrixAsOf } from "@/lib/server/queries/get-story-matrix-as-of";
import { storyPageParamsSchema, type MatrixSort } from "@/lib/validation/story-page";
import { ArticleList } from "./_components/article-list";
import { RevisedArticles } from "./_components/revised-articles";
import { StoryManage } from "./_components/story-manage";
import { StoryReviewAssignments } from "./_components/story-review-assignments";
import { ExportMenu } from "./_components/export-menu";
import { packMatrix } from "./_components/matrix-html";
import { MatrixFilters } from "./_components/matrix-filters";
import { MatrixAsOf } from "./_components/matrix-as-of";
import { MatrixSortLinks } from "./_components/matrix-sort-links";
import { OutletPager } from "./_components/outlet-pager";
import { selectMatrixView } from "./_components/select-matrix-view";
import { StorySummary } from "./_components/story-summary";
import { OutletScorecard } from "./_components/outlet-scorecard";
import { ProvenanceMatrix } from "./_components/provenance-matrix";
import { StoryJobProgress } from "./_components/story-job-progress";
import { primaryButton } from "@/app/_components/form-styles";
import { hasRole } from "@/lib/auth/roles";
import { isDraftStory } from "@/lib/pipeline/story-drafts";
import { requireReader } from "@/lib/server/auth/require-reader";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Shared by generateMetadata and the page within one request (React cache keys on the arguments).
const loadMatrix = cache((slug: string, sort: MatrixSort, expand: string) => getStoryMatrix(slug, { sort, expand: expand ? expand.split(" ") : [] }));

async function load({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const state = storyPageParamsSchema.parse(search);
  return { state, matrix: await loadMatrix(slug, state.sort, state.expand.join(" ")) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requireReader(`/stories/${(await props.params).slug}`);
  const { matrix } = await load(props);
  return { title: matrix?.story.title ?? "Story not found" };
}

export default async function StoryPage(props: Props) {
  const user = await requireReader(`/stories/${(await props.params).slug}`);
  const canEdit = hasRole(user, "editor");
  const { state, matrix } = await load(props);
  if (!matrix) notFound();
  const { story, columns, statements } = matrix;
  const reference = columns.find((column) => column.isReference);
  const derivatives = columns.length - (reference ? 1 : 0);
  if (!canEdit && isDraftStory({ hasReference: Boolean(reference), derivativeCount: derivatives })) notFound();
  // ?asOf=: the matrix and scorecard as they stood then (the header and article list stay current).
  const asOf = state.asOf && story.analyzedAt && reference ? await getStoryMatrixAsOf(matrix, state.asOf, { sort: state.sort }) : null;
  const shown = asOf?.matrix ?? matrix;
  // One page of outlets (or one outlet) and the rows the filters keep; the summary counts them all.
  const view = selectMatrixView(shown, state);
  const pageOutletIds = new Set(view.outlets.map((column) => column.articleId));
  const scorecard = derivatives > 0 && story.analyzedAt ? getOutletScorecard(shown, view.outlets) : null;
  const pager = <OutletPager slug={story.slug} state={state} page={view.page} pageCount={view.pageCount} first={view.firstOutlet} shown={view.outlets.length} total={view.outletCount} />;
  const job = await getStoryJob(story.id);

  return (
    <article className="grid gap-8">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: story.title }]} />
        <h1 className="text-2xl font-semibold">{story.title}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {reference ? `Reference: ${reference.outletName}` : "No reference article"} · {derivatives} {derivatives === 1 ? "derivative" : "derivatives"} · {statements.length} reference statements
          {story.analyzedAt ? ` · analysed ${formatDate(story.analyzedAt)}` : ""}
        </p>
      </header>
      {job ? <StoryJobProgress job={job} slug={story.slug} /> : null}
      <div className="flex flex-wrap items-start gap-3">
        {canEdit ? (
          <Link href={`/stories/${story.slug}/articles/new`} className={primaryButton}>
            Add articles
          </Link>
        ) : null}
        <ExportMenu slug={story.slug} />
        <Link href={`/stories/${story.slug}/lineage`} className="self-center text-sm text-blue-800 underline underline-offset-2">Lineage: who copied whom</Link>
      </div>

      {!reference ? (
        <EmptyState title="No reference article yet">
          The matrix compares every article with the story&apos;s reference report.{" "}
          {canEdit ? (
            <>
              Add the reference with <Link href={`/stories/${story.slug}/articles/new`}>Add articles</Link>, or mark one of the articles below as the reference.
            </>
          ) : (
            <>An editor adds it (or marks one of the articles below) from this page; for a story folder, name it in <code>manifest.json</code> (<code>&quot;reference&quot;</code>) and run <code>npm run import</code>.</>
          )}
        </EmptyState>
      ) : derivatives === 0 ? (
        <EmptyState title="Nothing to compare yet">
          This story holds only its reference report. Add the rewrites — {canEdit ? <Link href={`/stories/${story.slug}/articles/new`}>paste or upload them</Link> : "an editor pastes or uploads them"}, or run <code>npm run import -- DIR --story {story.slug}</code> — and each one is analysed and appears here as a column.
        </EmptyState>
      ) : !story.analyzedAt ? (
        <EmptyState title="Not analysed yet">
          The articles are stored but the analysis has not run (it runs after every import; an import whose analysis failed leaves the story here). {canEdit ? "Mark the reference below to run it again" : "An editor can run it again by marking the reference"}, or run <code>npm run db:seed</code> for a seeded story.
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="matrix-heading" className="grid min-w-0 gap-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="matrix-heading" className="text-lg font-semibold">
                Provenance matrix
              </h2>
              <MatrixSortLinks slug={story.slug} state={{ ...state, expand: matrix.expanded, asOf: asOf?.asOf }} />
            </div>
            <MatrixAsOf storyId={story.id} slug={story.slug} sort={state.sort} expand={matrix.expanded} view={asOf} />
            <StorySummary slug={story.slug} title={story.title} totals={addLabelCounts(shown.columns.map((column) => column.counts))} active={state.label} />
            <p className="max-w-3xl text-sm text-stone-700">
              Rows are the reference&apos;s statements in order (open one to see its figures, dates, sources and quotes), then the details the rewrites introduced. Each cell shows how that outlet treated the claim — the most severe label when it carries it more than once — and links to the claim. ★ origin marks the reference&apos;s own wording; — means the article neither carries nor omits the claim.
            </p>
            <LabelLegend />
            <MatrixFilters slug={story.slug} state={{ ...state, expand: matrix.expanded }} outlets={matrix.columns} pageOutlets={view.outlets} />
            {pager}
            {view.shownRowCount < view.rowCount ? (
              <p className="text-sm text-stone-700" role="status">
                Showing {view.shownRowCount} of {view.rowCount} rows{state.outlet && view.outlet ? ` for ${view.outlet.outletName}` : ""}.
              </p>
            ) : null}
            <a href="#scorecard-heading" className="sr-only focus:not-sr-only focus:w-fit">
              Skip the matrix
            </a>
            <ProvenanceMatrix matrix={packMatrix(view.matrix)} state={{ ...state, page: view.page, expand: matrix.expanded, asOf: asOf?.asOf }} totals={view.totals} />
            {pager}
          </section>

          {scorecard ? (
            <section aria-labelledby="scorecard-heading" className="grid gap-3">
              <h2 id="scorecard-heading" className="text-lg font-semibold" tabIndex={-1}>
                Outlet scorecard
              </h2>
              <OutletScorecard scorecard={scorecard} slug={story.slug} state={{ ...state, page: view.page, expand: matrix.expanded }} />
            </section>
          ) : null}
        </>
      )}

      <section aria-labelledby="articles-heading" className="grid gap-3">
        <h2 id="articles-heading" className="text-lg font-semibold">
          Articles ({columns.length})
        </h2>
        {view.pageCount > 1 || view.outlet ? <p className="text-sm text-stone-700">The reference and the outlets of this page ({view.outlets.length} of {view.outletCount}); the page links above show the others.</p> : null}
        <ArticleList articles={columns.filter((column) => column.isReference || pageOutletIds.has(column.articleId))} slug={story.slug} storyId={story.id} canEdit={canEdit} />
        <RevisedArticles storyId={story.id} />
      </section>
      {canEdit ? <StoryManage story={story} articleCount={columns.length} canDelete={hasRole(user, "admin")} /> : null}
      {user ? <StoryReviewAssignments slug={story.slug} canEdit={canEdit} outlets={columns.filter((column) => !column.isReference).map((column) => ({ articleId: column.articleId, name: column.outletName }))} /> : null}
    </article>
  );
}

function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-dashed border-stone-400 bg-white p-6" aria-labelledby="empty-heading">
      <h2 id="empty-heading" className="mb-1 font-semibold">
        {title}
      </h2>
      <p className="max-w-2xl text-sm text-stone-700">{children}</p>
    </section>
  );
}
