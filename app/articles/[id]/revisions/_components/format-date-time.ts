// One formatter for the process (Intl formatters are costly to build per call).
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "1 Aug 2025, 09:30 UTC": capture times are datetimes; UTC so rendering never depends on the server's zone. */
export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}
