import Link from "next/link";
import { EXPORT_FORMAT_SPECS, EXPORT_FORMATS } from "@/lib/export/formats";

/** Downloads of the story in every export format (from the registry), and its print view. */
export function ExportMenu({ slug }: { slug: string }) {
  return (
    <section aria-labelledby="export-heading" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <h2 id="export-heading" className="font-semibold">
        Export
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={`/api/stories/${slug}/export?format=${format}`} download className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
              {EXPORT_FORMAT_SPECS[format].label}
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
