import { z } from "zod";
import { LABELS } from "@/lib/labels";
import { ASSIGNMENT_STATUS_NAMES, ASSIGNMENT_STATUSES } from "./assignment-statuses";
import { describeAuditAction, isAuditAction, type AuditAction } from "./audit-actions";

/**
 * What an audit entry is about, looked up when the log is read (the payloads hold ids and fields,
 * not the words a person needs): the outlet and wording of an appearance, a claim's text, a
 * user's name, the outlets of articles a payload names.
 */
export interface AuditContext {
  /** The entry's appearance: its outlet and wording. */
  appearance?: { outlet: string; text: string } | null;
  /** The entry's claim (or the appearance's claim). */
  claim?: { text: string } | null;
  /** The entry's user (accounts). */
  user?: { name: string | null; email: string } | null;
  /** Outlet names of articles by id (references named in payloads). */
  outletOf?: ReadonlyMap<string, string>;
}

export interface AuditPayload {
  before: unknown;
  after: unknown;
}

type Describe = (payload: AuditPayload, context: AuditContext) => string | null;

/** Longest wording quoted in a sentence of the log: a sentence-long claim fits, a paragraph does not. */
const MAX_QUOTE = 90;

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, flat.lastIndexOf(" ", MAX_QUOTE) > 30 ? flat.lastIndexOf(" ", MAX_QUOTE) : MAX_QUOTE)}…`}”`;
}

const label = z.enum(LABELS);
const verdictState = z.object({ label: label.nullable(), note: z.string().nullable(), reviewed: z.boolean() });
const accountState = z.object({ email: z.string(), role: z.string(), disabled: z.boolean().optional() });
const reference = z.object({ referenceArticleId: z.string().nullable() });

function parse<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** "newsbeep’s “every → most”", or "a wording" when the appearance is gone. */
function wording(context: AuditContext): string {
  return context.appearance ? `${context.appearance.outlet}’s ${quote(context.appearance.text)}` : "a wording that no longer exists";
}
function claimWords(context: AuditContext, fallback = "a claim"): string {
  return context.claim ? `the claim ${quote(context.claim.text)}` : fallback;
}
function account(context: AuditContext, payload: unknown): string {
  const email = parse(z.object({ email: z.string() }), payload)?.email;
  return context.user ? (context.user.name ? `${context.user.name} (${context.user.email})` : context.user.email) : (email ?? "an account");
}
const withNote = (note: string | null | undefined) => (note ? `: note ${quote(note)}` : "");
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function describeVerdict({ before, after }: AuditPayload, context: AuditContext): string | null {
  const from = parse(verdictState, before);
  const to = parse(verdictState, after);
  if (!from || !to) return null;
  if (from.label === to.label) return `confirmed ${wording(context)} as ${to.label}${withNote(to.note)}`;
  return `changed ${wording(context)} from ${from.label ?? "no label"} to ${to.label}${withNote(to.note)}`;
}

/**
 * Each audit action in words, from its payload: "changed newsbeep’s “every” from softened to
 * faithful: note “…”". A describer returns null when an entry's payload is not the shape it
 * knows (an older entry): the registry's words are shown instead.
 */
export const AUDIT_DESCRIPTIONS: { [A in AuditAction]: Describe } = {
  "verdict.set": describeVerdict,
  "verdict.confirm": describeVerdict,
  "verdict.undo": ({ before, after }, context) => {
    const from = parse(verdictState, before);
    const to = parse(verdictState, after);
    return from && to ? `undid their verdict on ${wording(context)}: back from ${from.label} to ${to.label}` : null;
  },
  "annotation.create": ({ after }, context) => {
    const payload = parse(z.object({ label, note: z.string().nullable().optional() }), after);
    return payload ? `linked ${wording(context)} to ${claimWords(context)} as ${payload.label}${withNote(payload.note)}` : null;
  },
  "annotation.moved": (_payload, context) => `re-anchored ${wording(context)} after a re-import`,
  "annotation.orphaned": ({ before }, context) => {
    const exact = parse(z.object({ exact: z.string() }), before)?.exact;
    return `lost ${context.appearance ? `${context.appearance.outlet}’s ` : ""}${quote(exact ?? context.appearance?.text ?? "span")} after a re-import: it is orphaned`;
  },
  "note.add": ({ after }, context) => {
    const body = parse(z.object({ body: z.string() }), after)?.body;
    if (!body) return null;
    return `added a note on ${context.appearance ? wording(context) : claimWords(context)}: ${quote(body)}`;
  },
  "claim.create": ({ after }) => {
    const text = parse(z.object({ text: z.string() }), after)?.text;
    return text ? `created the claim ${quote(text)}` : null;
  },
  "claim.edit": ({ before, after }) => {
    const from = parse(z.object({ text: z.string() }), before)?.text;
    const to = parse(z.object({ text: z.string() }), after)?.text;
    return from && to ? `reworded the claim ${quote(from)} as ${quote(to)}` : null;
  },
  "claim.dismiss": ({ after }) => {
    const payload = parse(z.object({ text: z.string(), reason: z.string().nullable().optional() }), after);
    return payload ? `dismissed ${quote(payload.text)} as not a claim${payload.reason ? `: ${quote(payload.reason)}` : ""}` : null;
  },
  "claim.restore": ({ after }) => {
    const text = parse(z.object({ text: z.string() }), after)?.text;
    return text ? `restored ${quote(text)} (it had been dismissed as not a claim)` : null;
  },
  "user.create": ({ after }, context) => {
    const payload = parse(accountState.partial({ disabled: true }), after);
    return payload ? `created the account ${account(context, after)} as ${payload.role}` : null;
  },
  "user.role": ({ before, after }, context) => {
    const from = parse(accountState, before);
    const to = parse(accountState, after);
    return from && to ? `changed ${account(context, after)} from ${from.role} to ${to.role}` : null;
  },
  "user.disable": (payload, context) => `disabled the account ${account(context, payload.after)}`,
  "user.enable": (payload, context) => `re-enabled the account ${account(context, payload.after)}`,
  "user.password-change": ({ after }) => {
    const revoked = parse(z.object({ revokedSessions: z.number() }), after)?.revokedSessions;
    return revoked === undefined ? null : `changed their password${revoked > 0 ? ` (${plural(revoked, "other session")} signed out)` : ""}`;
  },
  "user.password-reset": (payload, context) => `reset the password of ${account(context, payload.after)}: a new one must be chosen at next sign-in`,
  "story.create": ({ after }) => {
    const payload = parse(z.object({ title: z.string(), slug: z.string() }), after);
    return payload ? `created the story ${quote(payload.title)}` : null;
  },
  "story.import": ({ after }) => {
    const payload = parse(z.object({ title: z.string(), articlesAdded: z.number() }), after);
    return payload ? `imported ${plural(payload.articlesAdded, "article")} into ${quote(payload.title)} from its story folder` : null;
  },
  "story.set-reference": ({ before, after }, context) => {
    const from = parse(reference, before)?.referenceArticleId;
    const to = parse(reference, after)?.referenceArticleId;
    if (!to) return null;
    const name = (id: string | null | undefined) => (id ? (context.outletOf?.get(id) ?? "an article since deleted") : "no article");
    return `made ${name(to)}’s article the reference instead of ${name(from)}’s`;
  },
  "story.rename": ({ before, after }) => {
    const from = parse(z.object({ title: z.string() }), before)?.title;
    const to = parse(z.object({ title: z.string() }), after)?.title;
    return from && to ? `renamed the story ${quote(from)} as ${quote(to)}` : null;
  },
  "story.delete": ({ before }) => {
    const payload = parse(z.object({ story: z.object({ title: z.string() }), articles: z.array(z.unknown()) }), before);
    return payload ? `deleted the story ${quote(payload.story.title)} and its ${plural(payload.articles.length, "article")} (what was deleted is kept in this entry)` : null;
  },
  "article.rename": ({ before, after }, context) => {
    const from = parse(z.object({ title: z.string().nullable() }), before)?.title;
    const to = parse(z.object({ title: z.string() }), after)?.title;
    return to ? `renamed ${from ? `the article ${quote(from)}` : "an untitled article"} as ${quote(to)}` : null;
  },
  "article.delete": ({ before }) => {
    const payload = parse(z.object({ outlet: z.union([z.string(), z.object({ name: z.string() })]).optional(), title: z.string().nullable().optional() }), before);
    if (!payload) return null;
    const outlet = typeof payload.outlet === "string" ? payload.outlet : payload.outlet?.name;
    return `deleted ${outlet ? `${outlet}’s article` : "an article"}${payload.title ? ` ${quote(payload.title)}` : ""} (its text, verdicts and notes are kept in this entry)`;
  },
  "article.import": ({ after }) => {
    const payload = parse(z.object({ isNewStory: z.boolean(), articles: z.array(z.object({ outlet: z.string(), title: z.string().nullable().optional() })) }), after);
    if (!payload) return null;
    const outlets = [...new Set(payload.articles.map((article) => article.outlet))];
    return `imported ${plural(payload.articles.length, "article")} (${outlets.join(", ")})${payload.isNewStory ? " as a new story" : ""}`;
  },
  "review.bulk": ({ after }) => {
    const payload = parse(z.object({ operation: z.enum(["confirm", "relabel", "dismiss"]), label: z.string().nullable(), note: z.string().nullable(), items: z.array(z.object({ id: z.string() })) }), after);
    if (!payload) return null;
    const count = plural(payload.items.length, "item");
    const what = payload.operation === "confirm" ? `confirmed the machine’s labels of ${count}` : payload.operation === "relabel" ? `relabelled ${count} as ${payload.label}` : `dismissed the claims of ${count} as not claims`;
    return `${what} in one step${withNote(payload.note)}`;
  },
  "assignment.set": ({ before, after }) => {
    const to = parse(z.object({ assignee: z.string(), outlet: z.string().nullable() }), after);
    if (!to) return null;
    const from = parse(z.object({ assignee: z.string() }), before)?.assignee;
    return `assigned the review of ${to.outlet ?? "the whole story"} to ${to.assignee}${from && from !== to.assignee ? ` (was ${from})` : ""}`;
  },
  "assignment.status": ({ before, after }) => {
    const from = parse(z.object({ status: z.enum(ASSIGNMENT_STATUS_NAMES), outlet: z.string().nullable() }), before);
    const to = parse(z.object({ status: z.enum(ASSIGNMENT_STATUS_NAMES) }), after);
    return from && to ? `moved the review of ${from.outlet ?? "the whole story"} from ${ASSIGNMENT_STATUSES[from.status]} to ${ASSIGNMENT_STATUSES[to.status]}` : null;
  },
  "analysis.run": ({ after }) => {
    const payload = parse(z.object({ articles: z.number(), analyzedArticles: z.number(), fullReason: z.string().nullable() }), after);
    if (!payload) return null;
    return payload.fullReason === null
      ? `analysed ${plural(payload.analyzedArticles, "added article")} (of ${payload.articles})`
      : `re-analysed the whole story (${plural(payload.articles, "article")}): ${payload.fullReason}`;
  },
};

/**
 * An entry as one sentence after its actor ("changed newsbeep’s “every” from softened to
 * faithful: note “…”"); the registry's words for older payloads, the raw name for unknown actions.
 */
export function describeAuditEntry(entry: { action: string } & AuditPayload, context: AuditContext): string {
  if (!isAuditAction(entry.action)) return entry.action;
  return AUDIT_DESCRIPTIONS[entry.action](entry, context) ?? describeAuditAction(entry.action);
}
