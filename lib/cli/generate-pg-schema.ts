import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA_PATH, renderPostgresSchema } from "@/prisma/render-postgres-schema";

// `npm run db:pg-schema`: rewrites prisma/postgresql/schema.prisma from prisma/schema.prisma.
const ROOT = path.resolve(import.meta.dirname, "../..");
const source = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
writeFileSync(path.join(ROOT, POSTGRES_SCHEMA_PATH), renderPostgresSchema(source));
console.log(`${POSTGRES_SCHEMA_PATH}: rendered from prisma/schema.prisma`);
