/** Values of CLAIMTRAIL_PUBLIC_READ that turn anonymous reading off (case-insensitive). */
const OFF_VALUES = new Set(["0", "false", "off", "no"]);

/**
 * Whether people who are not signed in may read pages (CLAIMTRAIL_PUBLIC_READ, default on so a
 * fresh install shows the seed story). The one place the setting is read.
 */
export function isPublicReadEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.CLAIMTRAIL_PUBLIC_READ?.trim().toLowerCase();
  return value === undefined || value === "" || !OFF_VALUES.has(value);
}
