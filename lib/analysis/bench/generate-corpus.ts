/**
 * A synthetic story for the benchmark: one reference and N derivatives of about 40 sentences,
 * built by recombining and perturbing real sentences (quantifiers weakened, hedges added, numbers
 * changed, attribution dropped, quotes invented, sentences reordered or dropped). Deterministic:
 * the same seed always gives the same corpus.
 */

export interface Corpus {
  reference: string;
  derivatives: string[];
}

/** mulberry32: a tiny, fast, well-distributed PRNG; determinism matters more than quality here. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Word-level rewrites a real outlet makes; each applies only where its pattern occurs. */
const PERTURBATIONS: [RegExp, string][] = [
  [/\bevery\b/, "most"],
  [/\ball\b/, "some"],
  [/\bwould\b/, "might"],
  [/\bcould\b/, "will"],
  [/\bsaid\b/, "claimed"],
  [/\bsources\b/, "officials"],
  [/\bfour\b/, "several"],
  [/\bfive\b/, "three"],
  [/\bweeks\b/, "days"],
  [/\b(\d{2}),000\b/, "$1,500"],
  [/, (?:said|according to) [^,.]+\.$/, "."],
  [/\bnot\b /, ""],
];

const INVENTED = [
  "“This will change everything in the region,” a senior official told reporters.",
  "One diplomat, speaking on condition of anonymity, said the talks were nearly complete.",
  "Analysts say the move reflects a broader shift in regional alliances.",
  "The agreement is expected to be signed at a ceremony later this year, officials said.",
];

/**
 * Builds a corpus from `reference` (whose sentences are recombined) and `pool` (sentences from
 * other articles, used as background material).
 */
export function generateCorpus(reference: string, pool: string[], count: number, sentencesPerArticle = 40, seed = 42): Corpus {
  const random = createRandom(seed);
  const referenceSentences = splitRough(reference);
  const background = [...pool.flatMap(splitRough), ...INVENTED];
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const derivatives: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const lines: string[] = [`${pick(referenceSentences).replace(/[.!?]$/, "")}`];
    for (let i = 0; i < sentencesPerArticle - 1; i += 1) {
      // Two thirds carried from the reference (a third of those perturbed), a third background.
      let sentence = random() < 0.67 ? pick(referenceSentences) : pick(background);
      if (random() < 0.33) {
        const [pattern, replacement] = pick(PERTURBATIONS);
        sentence = sentence.replace(pattern, replacement);
      }
      lines.push(sentence);
    }
    // Paragraphs of one to three sentences, as news sites print them.
    const paragraphs: string[] = [];
    for (let i = 0; i < lines.length; i += 1 + Math.floor(random() * 3)) paragraphs.push(lines.slice(i, i + 1 + Math.floor(random() * 3)).join(" "));
    derivatives.push(paragraphs.join("\n\n"));
  }
  return { reference, derivatives };
}

/** Rough sentence split for recombination only (the engine's segmenter is what is measured). */
function splitRough(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 40 && /[.!?][”"]?$/.test(sentence));
}
