import { isPublicReadEnabled } from "@/lib/auth/public-read";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db";
import { renderStoryExport } from "@/lib/export/render-story-export";
import { loadStoryExport } from "@/lib/pipeline/load-story-export";
import { authorizeRequest } from "@/lib/server/auth/authorize-request";
import { storyExportParamsSchema } from "@/lib/validation/story-export";

export const dynamic = "force-dynamic";

/** GET /api/stories/[slug]/export?format=md|csv|json|claimreview|annotations: the story as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  if (!isPublicReadEnabled()) {
    const auth = await authorizeRequest(request, "viewer");
    if (auth.response) return auth.response;
  }
  const { slug } = await params;
  const url = new URL(request.url);
  const parsed = storyExportParamsSchema.safeParse({ format: url.searchParams.get("format") ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: "invalid export request", issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) }, { status: 422 });
  }
  const data = await loadStoryExport(db, slug);
  if (!data) return Response.json({ error: `there is no story "${slug}"` }, { status: 404 });
  const rendered = renderStoryExport(data, parsed.data.format, { baseUrl: url.origin, authorName: getEnv().CLAIMTRAIL_PUBLISHER ?? undefined });
  return new Response(rendered.body, {
    headers: {
      "Content-Type": rendered.contentType,
      "Content-Disposition": `attachment; filename="${rendered.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
