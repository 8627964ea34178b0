import { db } from "@/lib/db";
import { renderStoryExport } from "@/lib/export/render-story-export";
import { loadStoryExport } from "@/lib/pipeline/load-story-export";
import { storyExportParamsSchema } from "@/lib/validation/story-export";

export const dynamic = "force-dynamic";

/** GET /api/stories/[slug]/export?format=md|csv|json|claimreview|annotations: the story as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const url = new URL(request.url);
  const parsed = storyExportParamsSchema.safeParse({ format: url.searchParams.get("format") ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: "invalid export request", issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) }, { status: 422 });
  }
  // Read access (issue 5): check here that the requester may read this story before loading it.
  const data = await loadStoryExport(db, slug);
  if (!data) return Response.json({ error: `there is no story "${slug}"` }, { status: 404 });
  const rendered = renderStoryExport(data, parsed.data.format, { baseUrl: url.origin, authorName: process.env.CLAIMTRAIL_PUBLISHER || undefined });
  return new Response(rendered.body, {
    headers: {
      "Content-Type": rendered.contentType,
      "Content-Disposition": `attachment; filename="${rendered.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
