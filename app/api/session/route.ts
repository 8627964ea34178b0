import { deleteSession } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { authorizeRequest, readSessionToken } from "@/lib/server/auth/authorize-request";
import { getClientIp } from "@/lib/server/auth/request-origin";
import { withApiErrors } from "@/lib/http/api-errors";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/**
 * Sessions for machine clients (importers, scripts): POST {email, password} → {token, expiresAt};
 * send the token as `Authorization: Bearer <token>`; DELETE revokes it; GET says who it belongs to.
 */
export const POST = withApiErrors(async (request: Request): Promise<Response> => {
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch {
    return Response.json({ error: "Send JSON: {\"email\": …, \"password\": …}" }, { status: 422 });
  }
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const result = await signIn(db, { email: fields.email, password: fields.password }, getClientIp(request.headers));
  if (!result.ok) {
    const headers: Record<string, string> = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : {};
    return Response.json({ error: result.message }, { status: result.status, headers });
  }
  return Response.json({ token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user }, { status: 201, headers: { "Cache-Control": "no-store" } });
});

export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const { user, response } = await authorizeRequest(request, "viewer");
  return response ?? Response.json({ user }, { headers: { "Cache-Control": "no-store" } });
});

export const DELETE = withApiErrors(async (request: Request): Promise<Response> => {
  const { response } = await authorizeRequest(request, "viewer");
  if (response) return response;
  await deleteSession(db, readSessionToken(request));
  return new Response(null, { status: 204 });
});
