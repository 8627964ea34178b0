import { db } from "@/lib/db";
import { createStory } from "@/lib/pipeline/create-story";
import { importArticles } from "@/lib/pipeline/import-articles";
import { describeInputError } from "@/lib/server/api/describe-input-error";
import { authorizeRequest } from "@/lib/server/auth/authorize-request";
import type { ArticleImportInput } from "@/lib/validation/article-import";
import { withApiErrors } from "@/lib/http/api-errors";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/**
 * POST /api/stories — create a story, as an editor: JSON `{ "title": "…", "slug"?: "…",
 * "articles"?: [...] }`. With articles, the story and its articles are one import (all or
 * nothing) and are analysed at once. 201 `{ story: { slug, url } }`; 422 listing every problem.
 */
export const POST = withApiErrors(async (request: Request): Promise<Response> => {
  const auth = await authorizeRequest(request, "editor");
  if (auth.response) return auth.response;
  const json: unknown = await readJsonBody(request).catch(() => null);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return Response.json({ error: 'send a JSON object: { "title": "…", "articles"?: [...] }' }, { status: 400 });
  }
  const { title, slug, articles } = json as { title?: unknown; slug?: unknown; articles?: unknown };
  try {
    if (articles === undefined) {
      const story = await createStory(db, { title: title as string, slug: slug as string | undefined }, { actorId: auth.user.id });
      return Response.json({ story: { slug: story.slug, url: `/stories/${story.slug}` }, articles: [] }, { status: 201 });
    }
    const result = await importArticles(db, {
      newStory: { title: title as string, ...(slug === undefined ? {} : { slug: slug as string }) },
      articles: articles as ArticleImportInput[], // any shape: the import schema checks it and names every problem
      actorId: auth.user.id,
    });
    return Response.json({ story: { slug: result.slug, url: `/stories/${result.slug}` }, articles: result.articles, analysis: result.analysis }, { status: 201 });
  } catch (error) {
    const problems = describeInputError(error);
    if (!problems) throw error;
    return Response.json({ error: "nothing was created", problems }, { status: 422 });
  }
});
