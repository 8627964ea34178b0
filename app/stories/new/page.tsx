import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { requireRole } from "@/lib/server/auth/require-role";
import { NewStoryForm } from "./_components/new-story-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  await requireRole("editor", { next: "/stories/new" });
  return (
    <article className="grid max-w-2xl gap-6">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: "New story" }]} />
        <h1 className="text-2xl font-semibold">New story</h1>
        <p className="mt-1 text-sm text-stone-700">
          A story holds one reference report and the articles that retell it. Name it here; next you add the articles (pasted or uploaded) and mark which one is the reference.
        </p>
      </header>
      <NewStoryForm />
    </article>
  );
}
