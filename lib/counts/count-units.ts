/**
 * What a figure counts. The same story has three honest "invented" totals — 15 sentences, 23
 * claims, 22 wordings — so every figure a page or export shows names its unit from this registry.
 */
export const COUNT_UNITS = {
  sentences: { noun: "sentences", explanation: "sentences of the rewrites, each with one label (an editor's verdict on anything in it wins over the machine's)" },
  claims: { noun: "claims", explanation: "claims per outlet, each counted once with its most severe label (an editor's verdict wins)" },
  wordings: { noun: "wordings", explanation: "every wording of a claim in a rewrite, each with its own label (an editor's verdict wins)" },
} as const;

export type CountUnit = keyof typeof COUNT_UNITS;

/** "23 claims", "1 sentence". */
export function formatCount(count: number, unit: CountUnit): string {
  const noun = COUNT_UNITS[unit].noun;
  return `${count} ${count === 1 ? noun.replace(/s$/, "") : noun}`;
}
