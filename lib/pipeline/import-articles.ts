import type { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { articleImportSchema, importRequestSchema, type ArticleImport, type ImportRequest, type ImportRequestInput } from "@/lib/validation/article-import";
import { analyzeAddedArticlesInTransaction, type AnalyzeStoredStoryResult } from "./analyze-stored-story";
import { findLookAlikeOutlets } from "./find-look-alike-outlets";
import { generateStorySlug } from "./generate-story-slug";
import { isSameRevisionText } from "@/lib/revisions/normalize-revision-text";
import { recordArticleRevision } from "./record-article-revision";
import { reanchorArticleAnnotations, type ReanchorSummary } from "./reanchor-article-annotations";
import { writeAuditLog } from "./write-audit-log";
import { yieldToEventLoop } from "./yield-to-event-loop";
import { formatIssuePath, InputError, throwInputErrors } from "./input-error";
import { describeImportArticle, prepareImportArticle, type InputFormat, type PreparedArticle } from "./prepare-import-article";

/**
 * Progress of an import, for a CLI progress bar or a UI indicator: articles checked, saved and
 * analysed, then rows of the analysis stored (`done`/`total` count rows in that phase).
 */
export type ImportProgress = { phase: "validate" | "save" | "analyze" | "store"; done: number; total: number };

export interface ImportArticlesOptions extends ImportRequestInput {
  onProgress?: (progress: ImportProgress) => void;
  /** The signed-in user who imports (null for the CLI), for the audit log. */
  actorId?: string | null;
  /** Shown in the audit log when there is no user: "import" for the CLI. */
  actorLabel?: string;
  /**
   * Where each article sits in the person's own list (0-based), when some were left out before
   * the import (a folder's unreadable files): problems then say "Article 5" for the fifth file of
   * the manifest, not the fourth article sent. Default: its index in `articles`.
   */
  positions?: readonly number[];
}

/**
 * What an import did with one article: a new article, a new revision of an article the story
 * holds at that URL, or nothing because the text equals its latest revision's (after line-ending,
 * whitespace and Unicode normalisation): no revision, no write, no re-analysis.
 */
export type ImportOutcome = "added" | "revised" | "unchanged";

export interface ImportedArticle {
  id: string;
  outcome: ImportOutcome;
  /** The article's revision this import left as its latest (1 for a new article). */
  revision: number;
  title: string;
  outlet: string;
  inputFormat: InputFormat;
  isReference: boolean;
  /** ISO 639-3 from the analysis ("und" when the story has no reference yet, so nothing ran). */
  language: string;
  /** Analysis warnings, e.g. a non-English article that is stored but not labelled. */
  warnings: string[];
  /**
   * Set when the story already held an article at this URL with other text: its text was
   * replaced and the editors' spans re-anchored (kept in place, moved, or orphaned and listed for
   * review). Null for an unchanged re-import, which touches nothing.
   */
  reimport: ReanchorSummary | null;
}

export interface ImportArticlesResult {
  storyId: string;
  slug: string;
  isNewStory: boolean;
  referenceArticleId: string | null;
  articles: ImportedArticle[];
  /** Null when the story has no reference yet (nothing to compare with), or when every article was unchanged (nothing to analyse). */
  analysis: AnalyzeStoredStoryResult | null;
}

/**
 * Imports a batch of articles into an existing or a new story. Everything is validated first
 * (fields, content, duplicates in the batch and in the story, outlets); the first problem found
 * means nothing is written, and every problem is reported at once, each naming the article and
 * field. The writes and the re-analysis of the story (which keeps editor verdicts) are one
 * transaction, so the matrix is current the moment the import is visible. An article at a URL the
 * story holds is a re-import: a new revision when its text changed, and nothing at all when it did
 * not (outcome "unchanged"; its other fields are not applied either). The same text at another
 * URL is still refused as a duplicate.
 */
export async function importArticles(db: Db, options: ImportArticlesOptions): Promise<ImportArticlesResult> {
  const { onProgress, actorId = null, actorLabel } = options;
  const { problems, prepared, request: parsedRequest } = await checkImport(db, options);
  throwInputErrors(problems);
  if (!parsedRequest) throw new InputError("is invalid", "import"); // unreachable: a failed parse has issues
  const request = parsedRequest;
  const total = prepared.length;

  const saved = await db.$transaction(
    async (tx) => {
      const target = await resolveStory(tx, request);
      const outletIds = await resolveOutlets(tx, prepared);
      // An article whose URL the story already holds is a re-import (the outlet edited its page):
      // the stored article takes the new text and its editor work is re-anchored, not duplicated.
      const replaced = await findArticlesByUrl(tx, target.id, prepared);
      await checkDuplicatesInStory(tx, target.id, prepared, replaced);

      // The articles the story already holds with this text, at this URL: the import leaves them be.
      const unchanged = new Map(
        prepared.flatMap((article) => {
          const stored = article.url === null ? undefined : replaced.get(article.url);
          return stored && isUnchanged(stored, article) ? [[article, stored] as const] : [];
        }),
      );
      const usedOutlets = new Set(prepared.filter((article) => !unchanged.has(article)).map((article) => article.outlet.name));

      const storyId = target.id ?? (await tx.story.create({ data: { slug: target.slug, title: target.title }, select: { id: true } })).id;
      for (const [name, outlet] of outletIds.toCreate) {
        if (!usedOutlets.has(name)) continue;
        const created = await tx.outlet.create({ data: { name, domain: outlet.domain ?? null, kind: outlet.kind }, select: { id: true } });
        outletIds.ids.set(name, created.id);
      }
      const ids: string[] = [];
      const written: string[] = [];
      const revisions: number[] = [];
      const reanchored = new Map<string, ReanchorSummary>();
      let referenceArticleId = target.referenceArticleId;
      for (const [index, article] of prepared.entries()) {
        const kept = unchanged.get(article);
        if (kept) {
          // The page as the story already holds it: nothing to store, re-anchor or re-analyse.
          ids.push(kept.id);
          revisions.push(kept.revision);
          if (article.isReference) referenceArticleId = kept.id;
          onProgress?.({ phase: "save", done: index + 1, total });
          continue;
        }
        const fields = {
          outletId: outletIds.ids.get(article.outlet.name)!,
          title: article.title,
          url: article.url,
          publishedAt: article.publishedAt,
          byline: article.byline,
          rawText: article.rawText,
          rawInput: article.rawInput,
          inputFormat: article.inputFormat,
          contentHash: article.contentHash,
          sourceFile: article.sourceFile,
          capturedFrom: article.capturedFrom,
          sourceNotes: article.sourceNotes,
        };
        const previous = article.url === null ? undefined : replaced.get(article.url);
        let id: string;
        if (previous) {
          // Before the text changes: spans are looked up in the new text by quote and context.
          reanchored.set(previous.id, await reanchorArticleAnnotations(tx, previous.id, article.rawText));
          ({ id } = await tx.article.update({ where: { id: previous.id }, data: fields, select: { id: true } }));
        } else {
          ({ id } = await tx.article.create({ data: { storyId, ...fields }, select: { id: true } }));
        }
        revisions.push((await recordArticleRevision(tx, id, fields, request.articles[index]?.capturedAt)).number);
        written.push(id);
        ids.push(id);
        if (article.isReference) referenceArticleId = id;
        onProgress?.({ phase: "save", done: index + 1, total });
        // The progress line reaches the client now, and readers are answered meanwhile.
        await yieldToEventLoop(index === 0);
      }
      const isReferenceChanged = referenceArticleId !== target.referenceArticleId;
      if (written.length === 0 && !isReferenceChanged) {
        // Every article was unchanged: the import adds nothing, not even an audit entry.
        return { storyId, slug: target.slug, isNewStory: target.id === null, referenceArticleId, ids, revisions, reanchored, analysis: null, unchanged };
      }
      if (isReferenceChanged) {
        await tx.story.update({ where: { id: storyId }, data: { referenceArticleId } });
      }
      await writeAuditLog(tx, {
        actorId,
        actorLabel: actorLabel ?? (actorId ? undefined : "import"),
        action: "article.import",
        entityType: "Story",
        entityId: storyId,
        storyId,
        before: target.id === null ? null : { referenceArticleId: target.referenceArticleId },
        after: {
          slug: target.slug,
          isNewStory: target.id === null,
          referenceArticleId,
          articles: prepared.map((article, index) => {
            const id = ids[index] ?? null;
            const summary = id === null ? undefined : reanchored.get(id);
            return { id, title: article.title, outlet: article.outlet.name, inputFormat: article.inputFormat, ...(unchanged.has(article) ? { unchanged: true } : {}), ...(summary ? { reimported: { ...summary } } : {}) };
          }),
        },
      });
      // The analysis of what was imported commits with it: a story never holds articles the
      // analysis failed on, and a failure writes nothing at all. Only the added articles are
      // analysed when the stored analysis can be extended exactly (else the whole story).
      const analysis = referenceArticleId
        ? await analyzeAddedArticlesInTransaction(tx, storyId, written, (done, all, phase = "analyze") => onProgress?.({ phase, done, total: all }))
        : null;
      return { storyId, slug: target.slug, isNewStory: target.id === null, referenceArticleId, ids, revisions, reanchored, analysis, unchanged };
    },
    // Writing 500 articles of up to 5 MB and analysing the story can pass Prisma's 5 s default.
    { timeout: 120_000, maxWait: 10_000 },
  );

  const { analysis } = saved;
  const rows = await db.article.findMany({ where: { id: { in: saved.ids } }, select: { id: true, language: true, warnings: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    storyId: saved.storyId,
    slug: saved.slug,
    isNewStory: saved.isNewStory,
    referenceArticleId: saved.referenceArticleId,
    analysis,
    articles: prepared.map((article, index) => {
      const id = saved.ids[index]!;
      const row = byId.get(id);
      // An unchanged article is named as the story holds it (the import applied none of its fields).
      const kept = saved.unchanged.get(article);
      return {
        id,
        outcome: kept ? "unchanged" : saved.reanchored.has(id) ? "revised" : "added",
        revision: saved.revisions[index]!,
        title: kept?.title ?? article.title,
        outlet: kept?.outlet ?? article.outlet.name,
        inputFormat: article.inputFormat,
        isReference: id === saved.referenceArticleId,
        reimport: saved.reanchored.get(id) ?? null,
        language: row?.language ?? "und",
        warnings: Array.isArray(row?.warnings) ? row.warnings.map(String) : [],
      };
    }),
  };
}

/**
 * Every problem importArticles would refuse the batch for — fields, content, duplicates in the
 * batch and in the story, outlets — found without writing anything. The CLI uses it to report a
 * folder's unreadable files together with what the database would refuse, in one run.
 */
export async function findImportProblems(db: Db, options: ImportArticlesOptions): Promise<InputError[]> {
  return (await checkImport(db, options)).problems;
}

async function checkImport(db: Db, options: ImportArticlesOptions): Promise<{ problems: InputError[]; prepared: PreparedArticle[]; request: ImportRequest | null }> {
  // The audit fields are not part of the request the schema checks.
  const { onProgress, actorId: _actorId, actorLabel: _actorLabel, positions, ...input } = options;
  const positionOf = (index: number) => positions?.[index] ?? index;
  const parsed = importRequestSchema.safeParse(input);
  const problems: InputError[] = parsed.success ? [] : toImportProblems(parsed.error, input, positionOf);
  // When the request is malformed, the articles that are well-formed are still checked, so one
  // answer lists every problem of the batch.
  const rawArticles: unknown[] = Array.isArray(input.articles) ? input.articles : [];
  const candidates: [number, ArticleImport][] = parsed.success
    ? parsed.data.articles.map((article, index) => [index, article])
    : rawArticles.flatMap((raw, index) => {
        const article = articleImportSchema.safeParse(raw);
        return article.success ? [[index, article.data] as [number, ArticleImport]] : [];
      });

  const total = rawArticles.length;
  const prepared: PreparedArticle[] = [];
  for (const [index, article] of candidates) {
    try {
      prepared.push(await prepareImportArticle(article, positionOf(index)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
    }
    onProgress?.({ phase: "validate", done: index + 1, total });
  }
  const firstWithHash = new Map<string, PreparedArticle>();
  for (const article of prepared) {
    const twin = firstWithHash.get(article.contentHash);
    if (twin) problems.push(new InputError(`has the same text as ${twin.where} ("${twin.title}")`, article.where, "text"));
    else firstWithHash.set(article.contentHash, article);
  }
  // The database checks (story, outlets, domains, text already stored) run even when the batch
  // already has problems, so one answer names every problem instead of one per submit.
  problems.push(...(await collectDatabaseProblems(db, input, prepared)));
  sortInputErrors(problems);
  return { problems, prepared, request: parsed.success ? parsed.data : null };
}

/** Problems in the order a person reads the batch: by article number ("Article 2" before "Article 10"), then the rest. */
export function sortInputErrors(problems: InputError[]): InputError[] {
  return problems.sort((a, b) => a.message.localeCompare(b.message, "en", { numeric: true }));
}

interface StoryTarget {
  /** null for a story this import creates. */
  id: string | null;
  slug: string;
  title: string;
  referenceArticleId: string | null;
}

async function resolveStory(tx: Tx, request: ImportRequest): Promise<StoryTarget> {
  if (request.storySlug !== undefined) {
    const story = await tx.story.findUnique({ where: { slug: request.storySlug }, select: { id: true, slug: true, title: true, referenceArticleId: true } });
    if (!story) throw new InputError(`there is no story "${request.storySlug}"`, "import", "storySlug");
    return story;
  }
  const { title, slug } = request.newStory!;
  if (slug !== undefined) {
    if (await tx.story.findUnique({ where: { slug }, select: { id: true } })) {
      throw new InputError(`a story "${slug}" already exists; add articles to it instead (storySlug, or --story ${slug} on the command line)`, "import", "newStory.slug");
    }
    return { id: null, slug, title, referenceArticleId: null };
  }
  return { id: null, slug: await generateStorySlug(tx, title), title, referenceArticleId: null };
}

type NewOutlet = { domain?: string | undefined; kind: NonNullable<PreparedArticle["outlet"]["kind"]> };

/** Existing outlets by name; new ones (with a kind) to create. Refuses unknown names without a kind and taken domains. */
async function resolveOutlets(tx: Tx, articles: PreparedArticle[]): Promise<{ ids: Map<string, string>; toCreate: Map<string, NewOutlet> }> {
  const names = [...new Set(articles.map((article) => article.outlet.name))];
  const existing = await tx.outlet.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const ids = new Map(existing.map((outlet) => [outlet.name, outlet.id]));
  const toCreate = new Map<string, NewOutlet>();
  const problems: InputError[] = [];
  for (const article of articles) {
    const { name, kind, domain } = article.outlet;
    if (ids.has(name) || toCreate.has(name)) continue;
    if (!kind) {
      const guessed = article.outletGuess ? ` (the name was guessed from ${article.outletGuess === "url" ? "the URL's domain" : `the page's ${article.outletGuess}`})` : "";
      problems.push(new InputError(`there is no outlet named "${name}" yet${guessed}; give its kind to create it`, article.where, "outlet.kind"));
      continue;
    }
    toCreate.set(name, { kind, domain });
  }
  const domains = [...toCreate].flatMap(([name, outlet]) => (outlet.domain ? [[name, outlet.domain] as const] : []));
  const owners = await tx.outlet.findMany({ where: { domain: { in: domains.map(([, domain]) => domain) } }, select: { name: true, domain: true } });
  const ownerOf = new Map(owners.map((owner) => [owner.domain, owner.name]));
  for (const [name, domain] of domains) {
    const owner = ownerOf.get(domain);
    if (owner !== undefined) {
      const article = articles.find((candidate) => candidate.outlet.name === name)!;
      problems.push(new InputError(`${domain} already belongs to the outlet "${owner}"; use that name or another domain`, article.where, "outlet.domain"));
    }
    ownerOf.set(domain, name);
  }
  problems.push(...(await findLookAlikeOutlets(tx, [...toCreate.keys()], (name) => articles.find((article) => article.outlet.name === name)!.where)));
  throwInputErrors(problems);
  return { ids, toCreate };
}

/** An article the story holds at a URL of the batch, with its latest revision. */
interface StoredAtUrl {
  id: string;
  title: string;
  outlet: string;
  rawText: string;
  contentHash: string;
  revision: number;
}

/** Whether an incoming article is its stored version again: the same text once line ends, whitespace and Unicode are normalised. */
function isUnchanged(stored: StoredAtUrl, article: PreparedArticle): boolean {
  return stored.contentHash === article.contentHash || isSameRevisionText(stored.rawText, article.rawText);
}

/** The story's articles at the URLs of the batch (by url); a URL twice in the batch is refused. */
async function findArticlesByUrl(tx: Tx, storyId: string | null, articles: PreparedArticle[]): Promise<Map<string, StoredAtUrl>> {
  const firstAt = new Map<string, PreparedArticle>();
  throwInputErrors(
    articles.flatMap((article) => {
      if (article.url === null) return [];
      const twin = firstAt.get(article.url);
      if (!twin) firstAt.set(article.url, article);
      return twin ? [new InputError(`is the same URL as ${twin.where}; one page is one article`, article.where, "url")] : [];
    }),
  );
  if (storyId === null || firstAt.size === 0) return new Map();
  const stored = await tx.article.findMany({
    where: { storyId, url: { in: [...firstAt.keys()] } },
    select: { id: true, url: true, title: true, outlet: { select: { name: true } }, rawText: true, contentHash: true, revisions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  return new Map(
    stored.flatMap((row) => (row.url === null ? [] : [[row.url, { id: row.id, title: row.title, outlet: row.outlet.name, rawText: row.rawText, contentHash: row.contentHash, revision: row.revisions[0]?.number ?? 1 }] as const])),
  );
}

/**
 * The same text (by sha256) cannot be stored twice in a story: name the article already holding
 * it. The article at the same URL holding it is no duplicate: that is an unchanged re-import.
 */
async function checkDuplicatesInStory(tx: Tx, storyId: string | null, articles: PreparedArticle[], atUrl: ReadonlyMap<string, StoredAtUrl>): Promise<void> {
  if (storyId === null) return;
  const stored = await tx.article.findMany({
    where: { storyId, contentHash: { in: articles.map((article) => article.contentHash) } },
    select: { id: true, title: true, contentHash: true, outlet: { select: { name: true } } },
  });
  const byHash = new Map(stored.map((row) => [row.contentHash, row]));
  throwInputErrors(
    articles.flatMap((article) => {
      const twin = byHash.get(article.contentHash);
      if (twin && article.url !== null && atUrl.get(article.url)?.id === twin.id) return [];
      const field = article.inputFormat === "html" ? "html" : article.sourceFile ? "file" : "text";
      return twin ? [new InputError(`the same text is already in this story: "${twin.title}" (${twin.outlet.name}, article ${twin.id})`, article.where, field)] : [];
    }),
  );
}

/**
 * The problems the database would refuse, found read-only before anything is written: an unknown
 * story or a taken slug, unknown outlets without a kind, taken domains, the same URL twice, text
 * the story already holds. The write transaction runs the same checks again (nothing changed in
 * between is then still caught), but this pass lets them be reported with the validation problems.
 */
async function collectDatabaseProblems(db: Db, input: Omit<ImportArticlesOptions, "onProgress" | "actorId" | "actorLabel" | "positions">, prepared: PreparedArticle[]): Promise<InputError[]> {
  const problems: InputError[] = [];
  const collect = async <T>(check: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await check();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...("problems" in error ? (error.problems as InputError[]) : [error]));
      return undefined;
    }
  };
  const request = importRequestSchema.safeParse(input);
  const storySlug = typeof input.storySlug === "string" ? input.storySlug : undefined;
  const newStory = input.newStory && typeof input.newStory.title === "string" ? { title: input.newStory.title, slug: typeof input.newStory.slug === "string" ? input.newStory.slug : undefined } : undefined;
  await db.$transaction(async (tx) => {
    const target = request.success || storySlug !== undefined || newStory?.slug !== undefined
      ? await collect(() => resolveStory(tx, request.success ? request.data : ({ storySlug, newStory } as ImportRequest)))
      : undefined;
    await collect(() => resolveOutlets(tx, prepared));
    const atUrl = (await collect(() => findArticlesByUrl(tx, target?.id ?? null, prepared))) ?? new Map<string, StoredAtUrl>();
    await collect(() => checkDuplicatesInStory(tx, target?.id ?? null, prepared, atUrl));
  });
  return problems;
}

/** Every zod issue as an InputError naming the article (with its file name) and the field. */
function toImportProblems(error: z.ZodError, input: ImportRequestInput, positionOf: (index: number) => number): InputError[] {
  const articles: unknown[] = Array.isArray(input.articles) ? input.articles : [];
  return error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    if (head === "articles" && typeof index === "number") {
      const raw = articles[index] as { file?: { name?: unknown } } | undefined;
      const name = typeof raw?.file?.name === "string" ? raw.file.name : undefined;
      const where = describeImportArticle({ file: name ? { name, content: "" } : undefined }, positionOf(index));
      return new InputError(issue.message, where, formatIssuePath(rest) || undefined);
    }
    return new InputError(issue.message, "import", formatIssuePath(issue.path) || undefined);
  });
}
