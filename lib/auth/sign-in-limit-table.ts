/** The table the PostgreSQL sign-in counters share (rate-limit.ts; keys carry their counter's prefix). */
export const SIGN_IN_LIMIT_TABLE = "SignInRateLimit";

/**
 * rate-limiter-flexible's own layout for RateLimiterPostgres, created before the server serves
 * (prepare-database.ts) rather than by the limiter itself, which refuses calls until its
 * asynchronous CREATE TABLE is done and so could fail the first sign-ins after a start.
 */
export const SIGN_IN_LIMIT_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "${SIGN_IN_LIMIT_TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`;
