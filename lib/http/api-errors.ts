import { classifyDbError } from "@/lib/db-errors";

/**
 * The JSON answer for an error a route handler did not expect: a database fault (disk full,
 * read-only, I/O error, lock wait past its budget) is a 503 saying which, with Retry-After; a
 * RangeError (an input too deep or too large for the code that met it) a 422; anything else a
 * 500 that says so (the error itself is logged, not sent). Never an empty body.
 */
export function answerApiError(error: unknown): Response {
  const fault = classifyDbError(error);
  if (fault) return Response.json({ error: fault.message, fault: fault.kind }, { status: fault.status, headers: { "Retry-After": String(fault.retryAfterSeconds), "Cache-Control": "no-store" } });
  console.error(error);
  if (error instanceof RangeError) return Response.json({ error: "the input is too large or too deeply nested to process; nothing was written" }, { status: 422 });
  return Response.json({ error: "the server failed to answer this request; nothing was written and the error has been logged" }, { status: 500 });
}

/** Wraps a route handler so that whatever it throws is answered by answerApiError. */
export function withApiErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      return answerApiError(error);
    }
  };
}
