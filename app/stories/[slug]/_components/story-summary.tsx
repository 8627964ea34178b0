import { COUNT_UNITS } from "@/lib/counts/count-units";
import { summarizeStoryLabels } from "@/lib/counts/summarize-story-labels";
import type { Label } from "@/lib/labels";
import { storyHref } from "./story-href";

/**
 * The answer at a glance, above the matrix: "The Levant Files: 9 invented claims, 5 altered
 * claims, …" over every outlet of the story, each phrase a link to the matrix filtered to it.
 */
export function StorySummary({ slug, title, totals, active }: { slug: string; title: string; totals: Readonly<Record<Label, number>>; active: Label | undefined }) {
  const { phrases } = summarizeStoryLabels(title, totals);
  return (
    <p className="max-w-4xl text-base" data-testid="story-summary">
      <strong>{title}:</strong>{" "}
      {phrases.length === 0
        ? "no changes found"
        : phrases.map((phrase, index) => (
            <span key={phrase.label}>
              {index > 0 ? ", " : null}
              <a href={storyHref(slug, { sort: "date", expand: [], label: phrase.label }, "matrix-heading")} aria-current={active === phrase.label ? "true" : undefined} className="text-blue-800 underline underline-offset-2">
                {phrase.text}
              </a>
            </span>
          ))}
      <span className="block text-xs text-stone-600">Counted in {COUNT_UNITS.claims.explanation}, over all outlets; each links to the matrix showing only those rows.</span>
    </p>
  );
}
