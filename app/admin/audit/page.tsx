import type { Metadata } from "next";
import Link from "next/link";
import { describeChange } from "@/app/_components/describe-change";
import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { AUDIT_ACTIONS } from "@/lib/pipeline/audit-actions";
import { requireRole } from "@/lib/server/auth/require-role";
import { listAuditLog } from "@/lib/server/queries/list-audit-log";
import { listStories } from "@/lib/server/queries/list-stories";
import { listUsers } from "@/lib/server/queries/list-users";
import { auditFilterParams, auditFilterSchema } from "@/lib/validation/audit-filter";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Links from an entry to what it is about, where a page shows it. */
function entityHref(entityType: string, entityId: string): string | null {
  return entityType === "Claim" ? `/claims/${entityId}` : null;
}

export default async function AuditPage({ searchParams }: Props) {
  await requireRole("admin", { next: "/admin/audit" });
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ total, pageCount, entries }, stories, users] = await Promise.all([listAuditLog(filter), listStories({ includeDrafts: true }), listUsers()]);
  const pageHref = (page: number) => `/admin/audit?${auditFilterParams(filter, page).toString()}`;
  const isFiltered = auditFilterParams(filter).size > 0;
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading" className="mb-1 text-2xl font-semibold">
        Audit log
      </h1>
      <p className="mb-4 text-sm text-stone-700">
        Every change, who made it and when, in words: {total} {isFiltered ? "matching entries" : "entries"}, newest first.
      </p>
      {/* A GET form: the filters live in the URL and work without JavaScript. */}
      <form method="get" action="/admin/audit" aria-label="Filter the audit log" className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <label htmlFor="audit-story" className={labelClass}>Story</label>
          <select id="audit-story" name="story" defaultValue={filter.story ?? ""} className={inputClass}>
            <option value="">Every story</option>
            {stories.map((story) => (
              <option key={story.id} value={story.slug}>{story.title}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-user" className={labelClass}>Who</label>
          <select id="audit-user" name="user" defaultValue={filter.user ?? ""} className={inputClass}>
            <option value="">Anyone</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>{user.name ?? user.email}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className={labelClass}>Action</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={inputClass}>
            <option value="">Every action</option>
            {Object.entries(AUDIT_ACTIONS).map(([action, words]) => (
              <option key={action} value={action}>{words}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className={labelClass}>From (UTC day)</label>
          <input id="audit-from" type="date" name="from" defaultValue={filter.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>To (UTC day)</label>
          <input id="audit-to" type="date" name="to" defaultValue={filter.to ?? ""} className={inputClass} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className={primaryButton}>Filter</button>
          {isFiltered ? <Link href="/admin/audit" className="text-sm text-blue-800 underline">Clear</Link> : null}
        </div>
      </form>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Audit log, page {filter.page} of {pageCount}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-2 pr-3">When (UTC)</th>
            <th scope="col" className="py-2 pr-3">What happened</th>
            <th scope="col" className="py-2">About</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const href = entityHref(entry.entityType, entry.entityId);
            return (
              <tr key={entry.id} className="border-b border-stone-200 align-top" data-testid="audit-row" data-action={entry.action}>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().replace("T", " ").slice(0, 16)}</time>
                </td>
                <td className="py-2 pr-3" data-testid="audit-words">
                  {entry.words}
                  {/* The stored fields stay one click away for the rare case the words leave out. */}
                  <details className="mt-1 text-xs text-stone-600">
                    <summary className="cursor-pointer">Recorded fields</summary>
                    <code>{entry.action}</code>
                    <ul>
                      {describeChange(entry.before, entry.after).map((line, index) => (
                        <li key={index} className="break-all">{line}</li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td className="py-2 text-stone-700">
                  {entry.story ? (
                    <Link href={`/stories/${entry.story.slug}`} className="text-blue-800 underline">{entry.story.title}</Link>
                  ) : null}
                  {href ? (
                    <>
                      {entry.story ? " · " : null}
                      <Link href={href} className="text-blue-800 underline">the claim</Link>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {entries.length === 0 ? <p className="mt-3 text-stone-700">No entry matches these filters.</p> : null}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {filter.page > 1 ? <Link href={pageHref(filter.page - 1)} className="text-blue-800 underline">Newer</Link> : null}
        <span>
          Page {filter.page} of {pageCount}
        </span>
        {filter.page < pageCount ? <Link href={pageHref(filter.page + 1)} className="text-blue-800 underline">Older</Link> : null}
      </nav>
    </section>
  );
}
