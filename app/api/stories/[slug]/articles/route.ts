import { LIVE_STORY } from "@/lib/counts/stage-story";
import { db } from "@/lib/db";
import { classifyDbError } from "@/lib/db-errors";
import { MAX_IMPORT_BODY_BYTES } from "@/lib/http/body-limit";
import { summarizeImportOutcome } from "@/lib/pipeline/describe-import-outcome";
import { importArticles, type ImportArticlesResult, type ImportProgress } from "@/lib/pipeline/import-articles";
import { describeInputError } from "@/lib/server/api/describe-input-error";
import { authorizeRequest } from "@/lib/server/auth/authorize-request";
import type { ImportRequestInput } from "@/lib/validation/article-import";
import { readImportForm } from "@/lib/validation/import-form";
import { withApiErrors } from "@/lib/http/api-errors";
import { createJobQueue } from "@/lib/pipeline/jobs/create-job-queue";
import { queueImport } from "@/lib/pipeline/queue-import";
import { wakeJobRunner } from "@/lib/server/jobs/wake-job-runner";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

// The body is also counted as it arrives by the server in front (lib/http/body-limit.ts), which
// cuts a chunked body at the same cap; this check answers a declared oversize length at once.
const MAX_BODY_BYTES = MAX_IMPORT_BODY_BYTES;

/**
 * POST /api/stories/[slug]/articles — add articles to a story, as an editor (session cookie or
 * `Authorization: Bearer` token from POST /api/session). The body is JSON `{ "articles": [...] }`
 * (each: text | html | file {name, content}, outlet, url?, publishedAt?, capturedAt?, title?, byline?,
 * isReference?) or the add-articles form (multipart). 201 with the stored articles (each with its
 * `outcome`: added, revised, or unchanged — the story already holds that text at that URL, so no
 * revision is added) and the analysis counts; 200 with `unchanged` naming them when nothing changed
 * at all; 422 listing every problem (nothing is written); 404 for an unknown story.
 * With `Accept: application/x-ndjson` the answer streams one JSON line per progress step
 * (`{"type":"progress","phase":"validate|save|analyze","done":3,"total":40}`) and ends with a
 * `{"type":"done",…}` or `{"type":"error",…}` line: the UI's progress bar reads it.
 * With `Prefer: respond-async` the import is queued as a job instead (checked first: 422 as
 * above): 202 with `{ job: { id, state, url } }` and `Location: /api/jobs/ID`, which reports its
 * progress and, once it succeeded, the stored articles.
 */
export const POST = withApiErrors(async (request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> => {
  const auth = await authorizeRequest(request, "editor");
  if (auth.response) return auth.response;
  const { slug } = await params;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ error: `the request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; import in smaller batches` }, { status: 413 });
  }
  const story = await db.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { id: true } });
  if (!story) return Response.json({ error: `there is no story "${slug}"` }, { status: 404 });

  let input: ImportRequestInput;
  try {
    input = await readBody(request, slug);
  } catch (error) {
    return Response.json({ error: error instanceof Error ? error.message : "the body could not be read" }, { status: 400 });
  }
  if (prefersRespondAsync(request)) return queueImportJob(input, { slug, storyId: story.id, actorId: auth.user.id });
  const run = (onProgress?: (progress: ImportProgress) => void) => importArticles(db, { ...input, storySlug: slug, onProgress, actorId: auth.user.id });

  if (!(request.headers.get("accept") ?? "").includes("application/x-ndjson")) {
    try {
      const result = describeResult(await run());
      return Response.json(result, { status: result.status });
    } catch (error) {
      const problems = describeInputError(error);
      if (!problems) throw error;
      return Response.json({ error: "nothing was imported", problems }, { status: 422 });
    }
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await run((progress) => send({ type: "progress", ...progress }));
        send({ type: "done", ...describeResult(result) });
      } catch (error) {
        const problems = describeInputError(error);
        const fault = problems ? null : classifyDbError(error);
        if (!problems && !fault) console.error(error);
        // The import and its analysis are one transaction: any failure leaves nothing behind.
        const status = problems ? 422 : (fault?.status ?? 500);
        const message = problems ? "nothing was imported" : fault ? fault.message : "the import failed; nothing was written";
        send({ type: "error", status, error: message, problems: problems ?? [], ...(fault ? { retryAfterSeconds: fault.retryAfterSeconds } : {}) });
      }
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});

/** `Prefer: respond-async` (RFC 7240): the client would rather have a job to poll than wait for the import. */
function prefersRespondAsync(request: Request): boolean {
  return (request.headers.get("prefer") ?? "").split(",").some((preference) => preference.trim().toLowerCase() === "respond-async");
}

/**
 * The import as a job (large batches: the request returns at once, a worker or this server's
 * runner does the work): checked now, queued, 202 with the job's address (GET /api/jobs/ID). 422
 * listing every problem when the input is refused; nothing is queued then.
 */
async function queueImportJob(input: ImportRequestInput, target: { slug: string; storyId: string; actorId: string }): Promise<Response> {
  const articles = Array.isArray(input.articles) ? (input.articles as unknown[]) : [];
  let job;
  try {
    job = await queueImport(db, await createJobQueue(db), { storyId: target.storyId, storySlug: target.slug, actorId: target.actorId, articles });
  } catch (error) {
    const problems = describeInputError(error);
    if (!problems) throw error;
    return Response.json({ error: "nothing was queued", problems }, { status: 422 });
  }
  wakeJobRunner();
  const url = `/api/jobs/${job.id}`;
  return Response.json(
    { job: { id: job.id, kind: job.kind, state: job.state, url }, story: { slug: target.slug, url: `/stories/${target.slug}` } },
    { status: 202, headers: { Location: url, "Preference-Applied": "respond-async" } },
  );
}

async function readBody(request: Request, slug: string): Promise<ImportRequestInput> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    return readImportForm(await request.formData(), slug);
  }
  if (!type.includes("application/json")) throw new Error("send application/json ({ \"articles\": [...] }) or the add-articles form (multipart/form-data)");
  const json: unknown = await readJsonBody(request).catch(() => {
    throw new Error("the body is not valid JSON");
  });
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error('the body must be a JSON object: { "articles": [...] }');
  // The story comes from the URL; a storySlug or newStory in the body would be refused by the schema.
  return { ...(json as Record<string, unknown>), storySlug: slug } as ImportRequestInput;
}

function describeResult(result: ImportArticlesResult) {
  const { counts, unchangedMessage } = summarizeImportOutcome(result.articles);
  return {
    // Created when anything was stored; an import of texts the story already holds creates nothing.
    status: counts.added + counts.revised > 0 ? 201 : 200,
    outcomes: counts,
    unchanged: unchangedMessage,
    story: { slug: result.slug, url: `/stories/${result.slug}` },
    referenceArticleId: result.referenceArticleId,
    articles: result.articles.map((article) => ({ ...article, url: `/articles/${article.id}` })),
    analysis: result.analysis,
  };
}
