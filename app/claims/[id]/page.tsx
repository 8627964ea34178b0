import type { Metadata } from "next";
import { canReadDiscussionNotes, getNoteAudience } from "@/lib/export/note-visibility";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { LabelLegend } from "@/app/_components/label-legend";
import { hasRole } from "@/lib/auth/roles";
import { getClaim } from "@/lib/server/queries/get-claim";
import { getClaimActivity } from "@/lib/server/queries/get-claim-activity";
import { getClaimLineage } from "@/lib/server/queries/get-claim-lineage";
import { claimIdSchema } from "@/lib/validation/claims-search";
import { ClaimKind } from "../_components/claim-kind";
import { ClaimActivity } from "./_components/claim-activity";
import { ClaimDismissal } from "./_components/claim-dismissal";
import { ClaimLineage } from "./_components/claim-lineage";
import { EditClaimForm } from "./_components/edit-claim-form";
import { OutletBlock } from "./_components/outlet-block";
import { WordDiffKey } from "@/app/_components/word-diff";
import { requireReader } from "@/lib/server/auth/require-reader";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One read per request, shared by the metadata and the page. */
const loadClaim = cache(async (id: string) => (claimIdSchema.safeParse(id).success ? getClaim(id) : null));

/** A claim's wording cut for titles and breadcrumbs. */
function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max) > 20 ? text.lastIndexOf(" ", max) : max)}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader(`/claims/${(await params).id}`);
  const claim = await loadClaim((await params).id);
  return { title: claim ? `Claim: ${shorten(claim.text)}` : "Claim not found" };
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const user = await requireReader(`/claims/${(await params).id}`);
  const claim = await loadClaim((await params).id);
  if (!claim) notFound();
  const canEdit = hasRole(user, "editor");
  // Notes and history name newsroom staff: the one rule of lib/export/note-visibility.ts (exports apply it too).
  const activity = canReadDiscussionNotes(getNoteAudience(user)) ? await getClaimActivity(claim.id) : null;
  const derivatives = claim.outlets.filter((block) => !block.isReference);
  const lineage = claim.isNew ? await getClaimLineage(claim.id) : null;
  const search = await searchParams;
  const outcome = (["dismiss", "restore"] as const).flatMap((key) => (typeof search[key] === "string" ? [`${key}:${search[key]}`] : []))[0] ?? null;
  return (
    <article aria-labelledby="claim-heading">
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: `/stories/${claim.story.slug}`, label: claim.story.title },
          { label: `Claim: ${shorten(claim.text, 40)}` },
        ]}
      />
      <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <ClaimKind kind={claim.kind} detailType={claim.detailType} isNew={claim.isNew} />
        {claim.isStale ? <span className="font-semibold text-amber-900">stale: the latest analysis no longer produces this claim</span> : null}
        <Link href="/claims" className="text-blue-800 underline-offset-2 hover:underline">
          All claims
        </Link>
      </div>
      <p className="text-sm font-medium text-stone-600">{claim.isNew ? "New material, first worded as" : "The reference reported"}</p>
      <h1 id="claim-heading" className="mb-3 max-w-4xl font-serif text-2xl leading-snug text-stone-950 sm:text-[1.7rem]">
        “{claim.text}”
      </h1>
      <ClaimDismissal claim={claim} canEdit={canEdit} outcome={outcome} />
      {canEdit && claim.isEditorCreated ? <EditClaimForm claimId={claim.id} text={claim.text} /> : null}
      {claim.parent ? (
        <p className="mb-2 max-w-4xl text-stone-700">
          A detail of the statement{" "}
          <Link href={`/claims/${claim.parent.id}`} className="text-blue-800 underline underline-offset-2">
            “{claim.parent.text}”
          </Link>
        </p>
      ) : null}
      {claim.isNew ? (
        <p className="mb-2 text-stone-700">
          Not in the reference: introduced by <strong>{claim.introducedBy.join(", ") || "no outlet any more"}</strong>.
        </p>
      ) : null}
      {lineage ? <ClaimLineage lineage={lineage} storySlug={claim.story.slug} /> : null}
      <p className="mb-4 text-sm text-stone-700">
        Carried by {derivatives.length} {derivatives.length === 1 ? "derivative outlet" : "derivative outlets"}
        {claim.omittedBy.length > 0 ? `, omitted by ${claim.omittedBy.length}` : ""}.
      </p>

      <div className="mb-4 flex flex-col gap-2">
        <WordDiffKey against={claim.base.isReference ? "the reference’s wording" : "the first outlet’s wording"} />
        <LabelLegend />
      </div>

      <h2 className="mb-2 text-lg font-semibold">How each outlet worded it</h2>
      {claim.outlets.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-400 bg-white p-4 text-stone-700">
          No article carries this claim any more. Re-run the analysis of{" "}
          <Link href={`/stories/${claim.story.slug}`} className="text-blue-800 underline">
            the story
          </Link>{" "}
          or link a span by hand.
        </p>
      ) : (
        <div className="flex flex-col gap-3">
          {claim.outlets.map((block) => (
            <OutletBlock key={block.articleId} block={block} isBaseReference={claim.base.isReference} canEdit={canEdit} />
          ))}
        </div>
      )}

      {claim.isNew && claim.omittedBy.length === 0 ? null : <h2 className="mb-2 mt-6 text-lg font-semibold">Omitted by</h2>}
      {claim.isNew && claim.omittedBy.length === 0 ? null : claim.omittedBy.length > 0 ? (
        <p data-testid="omitted-by">
          {claim.omittedBy.map((omission, index) => (
            <span key={omission.articleId}>
              {index > 0 ? ", " : null}
              <Link href={`/articles/${omission.articleId}`} className="text-blue-800 underline underline-offset-2">
                {omission.outlet}
              </Link>
            </span>
          ))}
        </p>
      ) : (
        <p className="text-stone-700">No outlet left it out.</p>
      )}

      {claim.details.length > 0 ? (
        <>
          <h2 className="mb-2 mt-6 text-lg font-semibold">Details of this statement</h2>
          <ul className="flex flex-wrap gap-2">
            {claim.details.map((detail) => (
              <li key={detail.id}>
                <Link href={`/claims/${detail.id}`} className="inline-block rounded border border-stone-300 bg-white px-2 py-1 text-sm text-blue-900 hover:bg-stone-100">
                  <span className="text-stone-600">{detail.detailType ?? "detail"}:</span> {detail.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {activity ? <ClaimActivity claimId={claim.id} notes={activity.notes} history={activity.history} canEdit={canEdit} /> : null}
    </article>
  );
}
