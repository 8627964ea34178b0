import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { describeAction, describeChange } from "@/app/_components/describe-change";
import { requireRole } from "@/lib/server/auth/require-role";
import { listAuditLog } from "@/lib/server/queries/list-audit-log";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Links from an entry to what it is about, where a page shows it. */
function entityHref(entityType: string, entityId: string): string | null {
  return entityType === "Claim" ? `/claims/${entityId}` : null;
}

export default async function AuditPage({ searchParams }: Props) {
  await requireRole("admin", { next: "/admin/audit" });
  const page = pageSchema.parse((await searchParams).page);
  const { total, pageCount, entries } = await listAuditLog(page);
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading" className="mb-1 text-2xl font-semibold">
        Audit log
      </h1>
      <p className="mb-4 text-sm text-stone-700">
        Every change, who made it, when, and what it was before and after: {total} entries, newest first.
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Audit log, page {page} of {pageCount}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-2 pr-3">When (UTC)</th>
            <th scope="col" className="py-2 pr-3">Who</th>
            <th scope="col" className="py-2 pr-3">What</th>
            <th scope="col" className="py-2">Before → after</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const href = entityHref(entry.entityType, entry.entityId);
            return (
              <tr key={entry.id} className="border-b border-stone-200 align-top" data-testid="audit-row">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().replace("T", " ").slice(0, 19)}</time>
                </td>
                <td className="py-2 pr-3">{entry.actor ? (entry.actor.name ?? entry.actor.email) : entry.actorLabel}</td>
                <td className="py-2 pr-3">
                  {describeAction(entry.action)} <code className="text-xs text-stone-600">{entry.action}</code>
                  <span className="block text-stone-600">
                    {href ? <Link href={href} className="text-blue-800 underline">{entry.entityType}</Link> : entry.entityType}
                    {entry.story ? ` · ${entry.story.title}` : ""}
                  </span>
                </td>
                <td className="py-2">
                  <ul>
                    {describeChange(entry.before, entry.after).map((line, index) => (
                      <li key={index} className="break-all">
                        {line}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`} className="text-blue-800 underline">Newer</Link> : null}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? <Link href={`/admin/audit?page=${page + 1}`} className="text-blue-800 underline">Older</Link> : null}
      </nav>
    </section>
  );
}
