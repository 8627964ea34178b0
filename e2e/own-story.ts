import { expect, type APIRequestContext } from "@playwright/test";
import type { Account } from "./accounts";

// A small story of a spec's own, made through the JSON API as an editor's client would: specs
// that change verdicts (or empty a queue) must not share the seed story's queue with each other,
// since the specs run in file order on one database (review-queue-keyboard empties the seed's).
const REFERENCE = `Council approves new budget

The city council approved a $2.4 billion budget on Monday, officials said.

The budget includes funding for 300 new teachers, according to the mayor's office.

Council member Ana Ruiz said the vote was unanimous.

The budget takes effect on July 1.`;

const REWRITE = `Council passes budget

The city council approved a $2.6 billion budget on Monday.

It might fund new teachers.

Council member Ana Ruiz said the vote was close, insiders claim.

The mayor called the budget "a historic win for every family".

The budget takes effect on July 1.`;

/** Creates (reference + one rewrite, analysed) the story `slug` unless it exists; returns its queue URL. */
export async function ensureOwnStory(request: APIRequestContext, user: Account, slug: string): Promise<string> {
  const session = await request.post("/api/session", { data: { email: user.email, password: user.password } });
  expect(session.status()).toBe(201);
  const { token } = (await session.json()) as { token: string };
  const created = await request.post("/api/stories", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      title: `Budget vote (${slug})`,
      slug,
      articles: [
        { text: REFERENCE, outlet: { name: "City Wire", kind: "wire" }, isReference: true, publishedAt: "2025-03-03" },
        { text: REWRITE, outlet: { name: "Metro Daily", kind: "newspaper" }, title: "Council passes budget", publishedAt: "2025-03-04" },
      ],
    },
  });
  // 422 with a taken slug when a retry finds the story made already.
  if (created.status() !== 201) expect(JSON.stringify(await created.json())).toContain("slug");
  return `/review?story=${slug}`;
}
