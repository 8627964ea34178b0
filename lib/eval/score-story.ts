import type { AnalysisReport, ReportArticle } from "@/lib/analysis";

/**
 * Scores an engine report against a story's gold labels: a faithful port of
 * `shared/eval/score.py` (same normalisation, same span location, same figures), plus a
 * confusion table (gold × got) the Python scorer does not print.
 */

const LABELS = new Set(["faithful", "softened", "hardened", "altered", "added", "invented"]);

/** One gold span: `q` is a substring of the article (after {@link normalizeForMatch}). */
export interface GoldSpan {
  q: string;
  gold: string;
  ok: string[];
  key?: boolean;
  why?: string;
}

export interface GoldArticle {
  outlet?: string;
  spans: GoldSpan[];
  boilerplate?: string[];
  language?: string;
  omitted_must?: string[];
  not_omitted?: string[];
}

/** `gold.json` of a story folder in the shared/eval format. */
export interface GoldStory {
  reference: string;
  about?: unknown;
  articles: Record<string, GoldArticle>;
  reference_boilerplate?: string[];
}

/** The figures score.py prints, with the same names and rounding. */
export interface StoryFigures {
  key_acc: number;
  all_faithful_key_acc: number;
  acc: number;
  deviation_f1: number;
  deviation_p: number;
  deviation_r: number;
  omission_recall: number | null;
  false_omissions: string;
  boilerplate_ok: string;
  language_ok: string;
}

/** Raw counts behind the figures, so several stories can be summed into an overall line. */
export interface StoryCounts {
  tot: number;
  ok: number;
  ktot: number;
  kok: number;
  kfaith: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  omHit: number;
  omTot: number;
  omFalse: number;
  omFalseTot: number;
  bpOk: number;
  bpTot: number;
  langOk: number;
  langTot: number;
  /** Spans located in a sentence labelled with confidence ≥ CONFIDENT (not a score.py figure). */
  confTot: number;
  confOk: number;
}

/**
 * Confidence from which a label is presented as firm rather than "needs review" (issue 12 asks how
 * often those labels are right).
 */
export const CONFIDENT = 0.8;

/** Figures the Python scorer does not print. */
export interface ExtraFigures {
  /** Spans whose sentence was labelled with confidence ≥ CONFIDENT, and the share of them right. */
  confident_spans: number;
  confident_precision: number | null;
}

export interface StoryScore {
  figures: StoryFigures;
  extra: ExtraFigures;
  counts: StoryCounts;
  /** One line per miss, worded as score.py words them. */
  misses: string[];
  /** confusion[gold][got] over every span (got is a label, "excluded" or "none"). */
  confusion: Record<string, Record<string, number>>;
}

/** score.py's `norm`: NFKC, quotes and dashes folded, whitespace collapsed, trimmed, lower-cased. */
export function normalizeForMatch(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function findArticle(report: AnalysisReport, name: string): ReportArticle | undefined {
  return report.articles.find((a) => a.file.endsWith(name) || a.file.split("/").at(-1) === name);
}

/** Python's `s[:n]` counts code points, not UTF-16 units. */
function prefixCodePoints(s: string, n: number): string {
  return Array.from(s).slice(0, n).join("");
}

/** The label of the sentence holding q (or its first half); "excluded" in excluded text; null if absent. */
export function locateSpan(article: ReportArticle, q: string): string | null {
  const nq = normalizeForMatch(q);
  const sentences = article.sentences.map((s) => ({ label: s.label, norm: normalizeForMatch(s.text) }));
  for (const s of sentences) if (s.norm.includes(nq)) return s.label;
  const half = prefixCodePoints(nq, Math.max(12, Math.floor(Array.from(nq).length / 2)));
  for (const s of sentences) if (s.norm.includes(half)) return s.label;
  for (const e of article.excluded) {
    const ne = normalizeForMatch(e.text);
    if (ne.includes(nq) || ne.includes(half)) return "excluded";
  }
  return null;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Figures from counts, as score.py computes them. */
export function figuresOf(c: StoryCounts): StoryFigures {
  const prec = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const rec = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  return {
    key_acc: round3(c.ktot ? c.kok / c.ktot : 0),
    all_faithful_key_acc: c.ktot ? round3(c.kfaith / c.ktot) : 0,
    acc: c.tot ? round3(c.ok / c.tot) : 0,
    deviation_f1: round3(f1),
    deviation_p: round3(prec),
    deviation_r: round3(rec),
    omission_recall: c.omTot ? round3(c.omHit / c.omTot) : null,
    false_omissions: `${c.omFalse}/${c.omFalseTot}`,
    boilerplate_ok: `${c.bpOk}/${c.bpTot}`,
    language_ok: `${c.langOk}/${c.langTot}`,
  };
}

/** The figures score.py does not print, from counts. */
export function extraFiguresOf(c: StoryCounts): ExtraFigures {
  return { confident_spans: c.confTot, confident_precision: c.confTot ? round3(c.confOk / c.confTot) : null };
}

/** The sentence holding q, as {@link locateSpan} finds it (excluded text aside). */
function locateSentence(article: ReportArticle, q: string): ReportArticle["sentences"][number] | undefined {
  const nq = normalizeForMatch(q);
  const half = prefixCodePoints(nq, Math.max(12, Math.floor(Array.from(nq).length / 2)));
  return article.sentences.find((s) => normalizeForMatch(s.text).includes(nq)) ?? article.sentences.find((s) => normalizeForMatch(s.text).includes(half));
}

/** Sums counts of several stories (the overall line of `npm run eval`). */
export function sumCounts(all: StoryCounts[]): StoryCounts {
  const total = emptyCounts();
  for (const c of all) for (const key of Object.keys(total) as (keyof StoryCounts)[]) total[key] += c[key];
  return total;
}

function emptyCounts(): StoryCounts {
  return { tot: 0, ok: 0, ktot: 0, kok: 0, kfaith: 0, tp: 0, fp: 0, fn: 0, tn: 0, omHit: 0, omTot: 0, omFalse: 0, omFalseTot: 0, bpOk: 0, bpTot: 0, langOk: 0, langTot: 0, confTot: 0, confOk: 0 };
}

/** Scores one story's report against its gold labels (score.py's `main`, without printing). */
export function scoreStory(gold: GoldStory, report: AnalysisReport): StoryScore {
  const c = emptyCounts();
  const misses: string[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  const claims = report.reference.claims.filter((claim) => (claim.kind ?? "statement") !== "detail");
  const claimIds = (q: string): Set<string> => {
    const nq = normalizeForMatch(q);
    const ids = new Set<string>();
    for (const claim of claims) {
      const nc = normalizeForMatch(claim.text);
      if (nc.includes(nq) || nq.includes(prefixCodePoints(nc, 40))) ids.add(String(claim.id));
    }
    return ids;
  };
  // score.py counts the all-faithful floor over every article's key spans (non-English ones too).
  for (const g of Object.values(gold.articles)) c.kfaith += (g.spans ?? []).filter((s) => s.key && s.ok.includes("faithful")).length;
  for (const [name, g] of Object.entries(gold.articles)) {
    const a = findArticle(report, name);
    if (g.language && g.language !== "en") {
      c.langTot += 1;
      if (a) {
        const lang = String(a.language ?? "en").toLowerCase();
        const warned = a.warnings.some((w) => JSON.stringify(w).toLowerCase().includes("lang"));
        const flagged = a.sentences.filter((s) => s.label === "added" || s.label === "invented").length;
        if (lang.startsWith("fr") || !["en", "eng", "english"].includes(lang) || warned || flagged === 0) c.langOk += 1;
        else misses.push(`${name}: non-English text analysed as English`);
      }
      continue;
    }
    for (const s of g.spans) {
      const got = a ? locateSpan(a, s.q) : null;
      const good = got !== null && s.ok.includes(got);
      c.tot += 1;
      c.ok += good ? 1 : 0;
      if (s.key) {
        c.ktot += 1;
        c.kok += good ? 1 : 0;
      }
      const sentence = a ? locateSentence(a, s.q) : undefined;
      if (sentence && sentence.confidence >= CONFIDENT) {
        c.confTot += 1;
        c.confOk += good ? 1 : 0;
      }
      const row = (confusion[s.gold] ??= {});
      row[got ?? "none"] = (row[got ?? "none"] ?? 0) + 1;
      if (!good) misses.push(`${name}: '${prefixCodePoints(s.q, 60)}' got ${got ?? "None"}, want ${s.ok.join("/")}`);
      const isOnlyFaithful = s.ok.length === 1 && s.ok[0] === "faithful";
      if (got !== null && LABELS.has(got) && (isOnlyFaithful || !s.ok.includes("faithful"))) {
        const goldDev = !isOnlyFaithful;
        const gotDev = got !== "faithful";
        if (goldDev && gotDev) c.tp += 1;
        else if (goldDev) c.fn += 1;
        else if (gotDev) c.fp += 1;
        else c.tn += 1;
      }
    }
    for (const q of g.boilerplate ?? []) {
      c.bpTot += 1;
      const got = a ? locateSpan(a, q) : null;
      if (got === null || got === "excluded") c.bpOk += 1;
      else misses.push(`${name}: boilerplate '${prefixCodePoints(q, 40)}' labelled ${got}`);
    }
    const omitted = new Set((a?.omitted ?? []).map(String));
    for (const q of g.omitted_must ?? []) {
      c.omTot += 1;
      const ids = claimIds(q);
      if ([...ids].some((id) => omitted.has(id))) c.omHit += 1;
      else misses.push(`${name}: omission not reported: '${prefixCodePoints(q, 50)}'`);
    }
    for (const q of g.not_omitted ?? []) {
      c.omFalseTot += 1;
      const ids = claimIds(q);
      if ([...ids].some((id) => omitted.has(id))) {
        c.omFalse += 1;
        misses.push(`${name}: wrongly reported omitted: '${prefixCodePoints(q, 50)}'`);
      }
    }
  }
  for (const q of gold.reference_boilerplate ?? []) {
    c.bpTot += 1;
    const nq = normalizeForMatch(q);
    if (claims.some((claim) => normalizeForMatch(claim.text).includes(nq))) misses.push(`reference boilerplate kept as a claim: '${prefixCodePoints(q, 40)}'`);
    else c.bpOk += 1;
  }
  return { figures: figuresOf(c), extra: extraFiguresOf(c), counts: c, misses, confusion };
}
