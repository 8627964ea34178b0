import Link from "next/link";

const FORMATS = [
  { format: "md", label: "Markdown report" },
  { format: "csv", label: "CSV (one row per wording)" },
  { format: "json", label: "JSON report" },
  { format: "claimreview", label: "ClaimReview (JSON-LD)" },
  { format: "annotations", label: "Web Annotations (JSON-LD)" },
] as const;

/** Downloads of the story in every export format, and its print view. */
export function ExportMenu({ slug }: { slug: string }) {
  return (
    <section aria-labelledby="export-heading" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <h2 id="export-heading" className="font-semibold">
        Export
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a href={`/api/stories/${slug}/export?format=${format}`} download className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
              {label}
            </a>
          </li>
        ))}
        <li>
          <Link href={`/stories/${slug}/report`} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
            Print view
          </Link>
        </li>
      </ul>
    </section>
  );
}
