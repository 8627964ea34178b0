"use client";

import { useActionState } from "react";
import { primaryButton } from "@/app/_components/form-styles";
import { setReferenceAction } from "@/lib/server/actions/set-reference";

/** The confirmation of "Make reference": queues the job and returns to the story page, which shows its progress. */
export function MakeReferenceButton({ slug, articleId, outletName }: { slug: string; articleId: string; outletName: string }) {
  const [state, formAction, isPending] = useActionState(setReferenceAction, null);
  return (
    <form action={formAction} className="grid gap-1">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" disabled={isPending} className={primaryButton}>
        {isPending ? "Starting…" : `Make ${outletName} the reference`}
      </button>
      {state?.problems.length ? (
        <p role="alert" className="text-sm text-red-800">
          {state.problems.map((problem) => problem.message).join(" ")}
        </p>
      ) : null}
    </form>
  );
}
