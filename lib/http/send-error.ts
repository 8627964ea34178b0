import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/** Whether the client wants JSON: API routes and machine clients (Accept: application/json or NDJSON). */
export function isApiRequest(req: IncomingMessage): boolean {
  return (req.url ?? "").startsWith("/api/") || /application\/(?:json|x-ndjson)/.test(String(req.headers.accept ?? ""));
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  403: "Refused",
  413: "Too large",
  422: "Cannot be processed",
  429: "Too many requests",
  500: "Something went wrong",
  503: "Busy, try again shortly",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Answers with an error that says what happened: `{ "error": message }` for API clients, a small
 * HTML page for people. Used by the Node server in front of Next for the errors it catches itself
 * (body too large, cross-site action, busy or full database, anything thrown). No-op once the
 * response has started: the connection is then closed instead, so a client never takes half a
 * page for a whole one.
 */
export function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: OutgoingHttpHeaders = {}): void {
  // A late write from the handler behind us must not crash the process once we have answered.
  res.on("error", () => undefined);
  if (res.headersSent) {
    if (!res.writableEnded) res.destroy();
    return;
  }
  const title = TITLES[status] ?? "Error";
  const isJson = isApiRequest(req);
  const body = isJson
    ? JSON.stringify({ error: message })
    : `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} · ClaimTrail</title></head><body><main><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="/">ClaimTrail home</a></p></main></body></html>`;
  res.writeHead(status, {
    "content-type": isJson ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(body);
}
