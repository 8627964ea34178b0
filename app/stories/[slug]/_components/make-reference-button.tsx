"use client";

import { useActionState } from "react";
import { setReferenceAction } from "@/lib/server/actions/set-reference";

/** "Make reference": the article becomes the story's reference and the story is analysed again. */
export function MakeReferenceButton({ slug, articleId, outletName }: { slug: string; articleId: string; outletName: string }) {
  const [state, formAction, isPending] = useActionState(setReferenceAction, null);
  return (
    <form action={formAction} className="grid gap-1">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" disabled={isPending} aria-label={`Make ${outletName} the reference`} className="w-fit rounded border border-stone-400 bg-white px-2 py-0.5 text-xs font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60">
        {isPending ? "Re-analysing…" : "Make reference"}
      </button>
      {state?.problems.length ? (
        <p role="alert" className="text-xs text-red-800">
          {state.problems.map((problem) => problem.message).join(" ")}
        </p>
      ) : null}
    </form>
  );
}
