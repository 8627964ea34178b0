/** How much a copy changed its source, in words: shared by the graph, the table and the exports. */

/**
 * Bands of LineageLink.changeShare. Under a quarter of the claims changed reads as a close copy
 * (the seed's two closest rewrites change 11% and 13% of their claims against the reference);
 * half or more means the copy is mostly its own (the seed's blog post: 75%).
 */
export const CHANGE_BANDS = [
  { band: "little", below: 0.25, word: "little changed" },
  { band: "some", below: 0.5, word: "partly changed" },
  { band: "much", below: Infinity, word: "much changed" },
] as const;

export type ChangeBand = (typeof CHANGE_BANDS)[number]["band"];

/** The band and its wording for a change share (0–1). */
export function describeCopyChange(share: number): { band: ChangeBand; word: string } {
  const found = CHANGE_BANDS.find((entry) => share < entry.below) ?? CHANGE_BANDS[2];
  return { band: found.band, word: found.word };
}
