import Link from "next/link";

/** An import that succeeded without storing everything: the unchanged re-imports, and the way to the story. */
export function ImportNotice({ slug, notice }: { slug: string; notice: string | null }) {
  if (!notice) return null;
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p>{notice}</p>
      <p className="mt-1">
        <Link href={`/stories/${slug}`} className="font-medium text-blue-800 underline underline-offset-2">
          Open the story
        </Link>
      </p>
    </div>
  );
}
