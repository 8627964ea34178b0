/**
 * The two databases ClaimTrail runs on, told apart by DATABASE_URL's scheme: `file:` is the
 * embedded SQLite default, `postgresql://` (or `postgres://`) a PostgreSQL server. Code whose SQL
 * differs between them asks `dialectOfUrl` (or `dialectOf(db)` in lib/db.ts) instead of guessing.
 */
export type DbDialect = "sqlite" | "postgresql";

export function dialectOfUrl(url: string): DbDialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}
