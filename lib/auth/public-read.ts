import { ENV_VARS, getEnv } from "@/lib/config/env";

/**
 * Whether people who are not signed in may read pages (CLAIMTRAIL_PUBLIC_READ, default on so a
 * fresh install shows the seed story). Pass `env` in tests; otherwise the process's parsed value.
 */
export function isPublicReadEnabled(env?: Record<string, string | undefined>): boolean {
  return env ? ENV_VARS.CLAIMTRAIL_PUBLIC_READ.schema.parse(env.CLAIMTRAIL_PUBLIC_READ) : getEnv().CLAIMTRAIL_PUBLIC_READ;
}
