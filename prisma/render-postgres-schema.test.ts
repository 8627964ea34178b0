import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA_PATH, renderPostgresSchema } from "./render-postgres-schema";

const ROOT = path.resolve(import.meta.dirname, "..");
const sqliteSchema = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");

describe("the PostgreSQL schema", () => {
  it("is the one rendered from prisma/schema.prisma (run `npm run db:pg-schema` after a schema change)", () => {
    expect(readFileSync(path.join(ROOT, POSTGRES_SCHEMA_PATH), "utf8")).toBe(renderPostgresSchema(sqliteSchema));
  });

  it("differs only in provider, url and client output", () => {
    const rendered = renderPostgresSchema(sqliteSchema);
    expect(rendered).toContain('provider = "postgresql"');
    expect(rendered).toContain('"../../lib/generated/prisma-postgresql"');
    expect(rendered).not.toContain('"sqlite"');
    const models = (text: string) => text.slice(text.indexOf("enum "));
    expect(models(rendered)).toBe(models(sqliteSchema));
  });

  it("refuses a schema it cannot map rather than rendering it wrong", () => {
    expect(() => renderPostgresSchema(sqliteSchema.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/provider = "sqlite"/);
    expect(() => renderPostgresSchema(`${sqliteSchema}\nmodel X {\n  id String @id @db.VarChar(20)\n}\n`)).toThrow(/native types/);
  });
});
