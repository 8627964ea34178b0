/**
 * The PostgreSQL variant of prisma/schema.prisma. Prisma cannot switch a schema's provider from
 * the environment, so prisma/schema.prisma stays the one source of truth and
 * prisma/postgresql/schema.prisma is rendered from it (`npm run db:pg-schema`; a test fails when
 * the committed file is stale). What differs:
 * - the datasource provider (and its placeholder url: the pg adapter decides the real one);
 * - the generator's output: a second client in lib/generated/prisma-postgresql, so both are
 *   importable side by side;
 * - nothing else yet: the models use no native types (`@db.…`), and String, Int, Boolean,
 *   DateTime, Json and the enums map to text, integer, boolean, timestamp(3), jsonb and native
 *   enums by Prisma's defaults.
 */

export const POSTGRES_SCHEMA_PATH = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg-schema\` — do not edit by hand.
// The PostgreSQL variant of the same data model (see prisma/render-postgres-schema.ts).

`;

/** Replaces exactly one occurrence of `pattern`, or throws: a schema the renderer does not recognise must not pass silently. */
function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = source.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`));
  if (matches?.length !== 1) throw new Error(`render-postgres-schema: expected one ${what} in prisma/schema.prisma, found ${matches?.length ?? 0}`);
  return source.replace(pattern, replacement);
}

/** prisma/schema.prisma (SQLite) → the text of prisma/postgresql/schema.prisma. */
export function renderPostgresSchema(sqliteSchema: string): string {
  if (/@db\./.test(sqliteSchema)) throw new Error("render-postgres-schema: native types (@db.…) are not mapped yet; add their PostgreSQL equivalents here");
  let schema = replaceOnce(sqliteSchema, /output(\s*)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-postgresql"', "generator output");
  schema = replaceOnce(schema, /provider(\s*)= "sqlite"/, 'provider$1= "postgresql"', 'provider = "sqlite"');
  schema = replaceOnce(schema, /url(\s*)= "file:\.\/dev\.db"/, 'url$1= "postgresql://localhost/claimtrail"', "datasource url");
  schema = schema.replace(/\/\/ Required by Prisma 6\.19's validator; the better-sqlite3 adapter[^\n]*\n(\s*\/\/[^\n]*\n)*/, (comment) =>
    comment.replace("better-sqlite3 adapter", "pg adapter"),
  );
  return HEADER + schema;
}
