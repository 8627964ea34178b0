import type { ReviewItem } from "@/lib/server/queries/get-review-queue";

/**
 * The derivative's whole sentence with the reviewed fragment marked (a detail such as "aides say"
 * reads only inside its sentence). Falls back to the fragment alone when no sentence holds it.
 */
export function SentenceInContext({ item, className }: { item: Pick<ReviewItem, "text" | "sentence">; className?: string }) {
  const { sentence } = item;
  if (!sentence) return <span className={className}>{item.text}</span>;
  const isWhole = sentence.fragmentStart === 0 && sentence.fragmentEnd === sentence.text.length;
  if (isWhole) return <span className={className}>{sentence.text}</span>;
  return (
    <span className={className}>
      {sentence.text.slice(0, sentence.fragmentStart)}
      <mark className="rounded-sm bg-amber-200 px-0.5 text-inherit">{sentence.text.slice(sentence.fragmentStart, sentence.fragmentEnd)}</mark>
      {sentence.text.slice(sentence.fragmentEnd)}
    </span>
  );
}
