import { formatDate } from "@/app/_components/format-date";

// Dates on a story repeat (every outlet of a day shares one), and toLocaleDateString builds an
// Intl formatter on each call (~0.1 ms): a 50-outlet page formats 100 dates. Bounded so a
// long-running server cannot grow it without limit.
const MAX_CACHED_DATES = 2000;
const formatted = new Map<number, string>();

/** formatDate, memoised by timestamp. */
export function formatDay(date: Date | null): string {
  if (!date) return formatDate(date);
  const time = date.getTime();
  let text = formatted.get(time);
  if (text === undefined) {
    if (formatted.size >= MAX_CACHED_DATES) formatted.clear();
    text = formatDate(date);
    formatted.set(time, text);
  }
  return text;
}
