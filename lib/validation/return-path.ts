import { z } from "zod";

/**
 * Where a plain form action sends the editor back to: a path of this site's own pages only (never
 * another host, never "//host"), else `fallback`.
 */
export function readReturnPath(value: string, fallback: string): string {
  const parsed = z
    .string()
    .max(500)
    .regex(/^\/(review|claims|stories|articles)(\/|\?|$)/)
    .safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** `path` with `?key=outcome` set (replacing an earlier outcome), for plain form actions' redirects. */
export function withOutcome(path: string, key: string, outcome: string): string {
  const url = new URL(path, "http://local");
  url.searchParams.set(key, outcome);
  return `${url.pathname}${url.search}`;
}
