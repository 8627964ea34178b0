/** "1 August 2025" (UTC, so the output never depends on the machine's time zone); "date unknown" for null. */
export function formatExportDate(iso: string | null): string {
  if (!iso) return "date unknown";
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
