import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./send-error";

const KB = 1024;
const MB = 1024 * KB;

/**
 * The largest import request: up to 500 articles of at most 5 MB each is more than one request
 * should carry; 64 MB keeps a big batch of pages possible while refusing a runaway upload early.
 */
export const MAX_IMPORT_BODY_BYTES = 64 * MB;
/**
 * The add-articles page without JavaScript posts one article (at most 5 MB, plus its fields and
 * multipart framing) through a server action; Next's own limit (next.config.ts) sits just above
 * this one, so this check, which answers 413, always fires first.
 */
export const MAX_ARTICLE_FORM_BODY_BYTES = 8 * MB;
/** Email and password as JSON: a few hundred bytes; 16 KB leaves room for any client's framing. */
export const MAX_SESSION_BODY_BYTES = 16 * KB;
/**
 * Everything else (sign-in, verdicts, notes, claim edits, user admin, story metadata): forms of a
 * few fields, the longest an editor's note or claim text; 256 KB is far above any of them.
 */
export const MAX_DEFAULT_BODY_BYTES = 256 * KB;

const CAPS: { pattern: RegExp; bytes: number }[] = [
  { pattern: /^\/api\/stories\/[^/]+\/articles\/?$/, bytes: MAX_IMPORT_BODY_BYTES },
  { pattern: /^\/api\/stories\/?$/, bytes: MAX_IMPORT_BODY_BYTES },
  { pattern: /^\/stories\/[^/]+\/articles\/new\/?$/, bytes: MAX_ARTICLE_FORM_BODY_BYTES },
  { pattern: /^\/api\/session\/?$/, bytes: MAX_SESSION_BODY_BYTES },
];

/** How long a refused connection stays open for the client to read the 413 (its extra bytes are discarded). */
const CLOSE_GRACE_MS = 1_000;

/** The body cap of a request path (query ignored). */
export function bodyCapFor(url: string): number {
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  return CAPS.find(({ pattern }) => pattern.test(path))?.bytes ?? MAX_DEFAULT_BODY_BYTES;
}

function describeBytes(bytes: number): string {
  return bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`;
}

/**
 * Caps the body of `req` at `cap` bytes, counted as they arrive (Content-Length or chunked): a
 * declared length over the cap is refused before any byte is read; a body that grows past it
 * stops there — later bytes are never buffered — and the client gets 413 and a closed connection.
 * Returns false when the request was refused at once (the handler must not run).
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse, cap: number): boolean {
  const refuse = () => {
    const message = `the request body is larger than ${describeBytes(cap)}, the limit for ${req.url?.split("?")[0] ?? "this address"}`;
    sendError(req, res, 413, message);
    // Whatever the client still sends is dropped as it arrives (see push below); the connection
    // closes a moment after the answer, so a client still writing reads the 413 instead of a reset.
    res.once("finish", () => setTimeout(() => req.socket.destroy(), CLOSE_GRACE_MS).unref());
  };
  const declared = Number(req.headers["content-length"] ?? 0);
  if (Number.isFinite(declared) && declared > cap) {
    refuse();
    return false;
  }
  let received = 0;
  let isOver = false;
  // Node's HTTP parser hands each body chunk to req.push; counting there sees every byte before
  // anyone buffers it, whoever reads the stream (Next's body parsers included).
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (isOver) return true;
    if (chunk !== null && chunk !== undefined) {
      received += typeof chunk === "string" ? Buffer.byteLength(chunk) : (chunk as Uint8Array).length;
      if (received > cap) {
        isOver = true;
        if (!res.headersSent) refuse();
        else req.socket.destroy();
        return true; // keep the socket flowing: the rest is discarded, not buffered
      }
    }
    return push(chunk, encoding);
  };
  return true;
}
