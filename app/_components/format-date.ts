/** "1 Aug 2025" in UTC, so server rendering never depends on the machine's time zone. */
export function formatDate(date: Date | null): string {
  if (!date) return "date unknown";
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
