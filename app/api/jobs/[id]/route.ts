import { withApiErrors } from "@/lib/http/api-errors";
import { authorizeRequest } from "@/lib/server/auth/authorize-request";
import { getJob } from "@/lib/server/queries/get-job";

export const dynamic = "force-dynamic";

/**
 * GET /api/jobs/[id] — a job's state and progress, as an editor (session cookie or bearer token):
 * `{ job: { id, kind, state (queued|running|succeeded|failed), phase, done, total, attempts,
 * maxAttempts, error, result, story } }`; `result` is set once it succeeded. 404 for an unknown job.
 */
export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
  const auth = await authorizeRequest(request, "editor");
  if (auth.response) return auth.response;
  const job = await getJob((await params).id);
  if (!job) return Response.json({ error: "there is no such job" }, { status: 404 });
  return Response.json({ job }, { headers: { "Cache-Control": "no-store" } });
});
