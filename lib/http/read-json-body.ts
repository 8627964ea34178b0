/**
 * A request's JSON body, as `request.json()` reads it (and rejects on the same bodies), with
 * every string well-formed: a lone UTF-16 surrogate (the valid JSON escape "\ud83d" without its
 * pair, or half an emoji left by a client that truncated text) becomes U+FFFD, as a UTF-8
 * encoder writes it. Left as it was, it reached Prisma, which refuses half a pair in any value
 * ("unexpected end of hex escape"): an import answered 500 instead of storing the article. The
 * length stays the same, so offsets into the text do too.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  return JSON.parse(await request.text(), (_key, value: unknown) => (typeof value === "string" ? value.toWellFormed() : value));
}
