"use client";

import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { useFormAction } from "@/app/_components/use-form-action";
import { createStoryAction } from "@/lib/server/actions/create-story";
import { ProblemList } from "@/app/_components/problem-list";

/** Title and optional slug; the action creates the story and opens its add-articles page. */
export function NewStoryForm() {
  // Keeps the typed title when the server refuses it (React would reset the form).
  const { state, isPending, formProps } = useFormAction(createStoryAction);
  return (
    <form {...formProps} className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <ProblemList problems={state?.problems ?? []} />
      <div>
        <label htmlFor="story-title" className={labelClass}>
          Title
        </label>
        <input id="story-title" name="title" required maxLength={300} className={inputClass} placeholder="What the reference report revealed" />
      </div>
      <div>
        <label htmlFor="story-slug" className={labelClass}>
          Address (optional)
        </label>
        <input id="story-slug" name="slug" maxLength={80} pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="story-slug-hint" className={inputClass} />
        <p id="story-slug-hint" className="mt-1 text-sm text-stone-600">
          Lower-case words joined by hyphens, used in the story&apos;s URL. Left empty, it is made from the title.
        </p>
      </div>
      <div>
        <button type="submit" className={primaryButton} disabled={isPending}>
          {isPending ? "Creating…" : "Create story"}
        </button>
      </div>
    </form>
  );
}
