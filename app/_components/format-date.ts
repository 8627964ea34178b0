// One formatter for the process: toLocaleDateString builds a new Intl formatter on every call
// (~0.1 ms), and a 50-outlet story page formats a hundred dates.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "1 Aug 2025" in UTC, so server rendering never depends on the machine's time zone. */
export function formatDate(date: Date | null): string {
  return date ? DAY.format(date) : "date unknown";
}

const DATE_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "1 Aug 2025, 09:30 UTC": capture times are datetimes; UTC so rendering never depends on the server's zone. */
export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}
