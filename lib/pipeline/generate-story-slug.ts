import type { Tx } from "@/lib/db";

/** Longest slug made from a title, cut at a word: readable in a URL, well under slugSchema's 80. */
const MAX_SLUG_BASE_CHARS = 60;

/** "Trump eyes Azerbaijan, Central Asia!" → "trump-eyes-azerbaijan-central-asia" (accents folded; "story" if nothing is left). */
export function slugifyTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_BASE_CHARS) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_BASE_CHARS) || "story";
}

/** The title's slug, or with -2, -3 … appended when stories already use it. */
export async function generateStorySlug(tx: Tx, title: string): Promise<string> {
  const base = slugifyTitle(title);
  const rows = await tx.story.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }, select: { slug: true } });
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
