import { isPublicReadEnabled } from "@/lib/auth/public-read";
import { hasRole } from "@/lib/auth/roles";
import { findSessionUser } from "@/lib/auth/sessions";
import { isDraftStory } from "@/lib/pipeline/story-drafts";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db";
import { EXPORT_FORMAT_SPECS } from "@/lib/export/formats";
import { renderStoryExport } from "@/lib/export/render-story-export";
import { applyNoteVisibility, getNoteAudience } from "@/lib/export/note-visibility";
import { resolvePublicAddress } from "@/lib/export/resolve-public-url";
import { loadStoryExport } from "@/lib/pipeline/load-story-export";
import { authorizeRequest, readSessionToken } from "@/lib/server/auth/authorize-request";
import { storyExportParamsSchema } from "@/lib/validation/story-export";

export const dynamic = "force-dynamic";

/** GET /api/stories/[slug]/export?format=FORMAT (one of lib/export/formats.ts): the story as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  let viewer = null;
  if (!isPublicReadEnabled()) {
    const auth = await authorizeRequest(request, "viewer");
    if (auth.response) return auth.response;
    viewer = auth.user;
  } else {
    viewer = await findSessionUser(db, readSessionToken(request));
  }
  const { slug } = await params;
  const url = new URL(request.url);
  const parsed = storyExportParamsSchema.safeParse({ format: url.searchParams.get("format") ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: "invalid export request", issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) }, { status: 422 });
  }
  const loaded = await loadStoryExport(db, slug, EXPORT_FORMAT_SPECS[parsed.data.format].revisions);
  const data = loaded && applyNoteVisibility(loaded, getNoteAudience(viewer));
  const isHidden = data !== null && !hasRole(viewer, "editor") && isDraftStory({ hasReference: data.articles.some((a) => a.isReference), derivativeCount: data.articles.filter((a) => !a.isReference).length });
  if (!data || isHidden) return Response.json({ error: `there is no story "${slug}"` }, { status: 404 });
  const env = getEnv();
  const address = resolvePublicAddress({ publicUrl: env.CLAIMTRAIL_PUBLIC_URL, trustProxy: env.CLAIMTRAIL_TRUST_PROXY }, request.headers, request.url);
  const rendered = renderStoryExport(data, parsed.data.format, { ...address, authorName: env.CLAIMTRAIL_PUBLISHER ?? undefined });
  return new Response(rendered.body, {
    headers: {
      "Content-Type": rendered.contentType,
      "Content-Disposition": `attachment; filename="${rendered.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
