import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "./_components/breadcrumbs";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <section className="mx-auto max-w-2xl">
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: "Not found" }]} />
      <div className="py-12 text-center">
        <h1 className="mb-2 text-2xl font-semibold">Not found</h1>
        <p className="mb-6 text-stone-600">There is no story, article or claim at this address. It may have been removed, or the link is mistyped.</p>
        <p className="flex flex-wrap justify-center gap-x-6 gap-y-2">
          <Link href="/" className="text-blue-800 underline underline-offset-2">
            Browse the stories
          </Link>
          <Link href="/claims" className="text-blue-800 underline underline-offset-2">
            Search the claims
          </Link>
        </p>
      </div>
    </section>
  );
}
