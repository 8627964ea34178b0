import { z } from "zod";

/**
 * Every environment variable ClaimTrail reads, defined once: its schema, default and meaning. The
 * rest of the code imports the parsed values from `getEnv()`; nothing else reads `process.env` for
 * these names. The README's Environment table is checked against this registry (env.test.ts).
 */

/** Words that mean on and off, case-insensitive. The one boolean parser. */
const ON_WORDS = ["1", "true", "on", "yes"] as const;
const OFF_WORDS = ["0", "false", "off", "no"] as const;

/** A boolean flag: empty or unset means `fallback`; anything but the words above is refused. */
export function booleanFlag(fallback: boolean) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const word = value?.trim().toLowerCase() ?? "";
      if (word === "") return fallback;
      if ((ON_WORDS as readonly string[]).includes(word)) return true;
      if ((OFF_WORDS as readonly string[]).includes(word)) return false;
      ctx.addIssue({ code: "custom", message: `must be one of ${[...ON_WORDS, ...OFF_WORDS].join(", ")}` });
      return z.NEVER;
    });
}

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 65535) {
        ctx.addIssue({ code: "custom", message: "must be a port number (1–65535)" });
        return z.NEVER;
      }
      return n;
    });

/** An absolute http(s) base URL without query or fragment; the trailing slash is dropped. */
const baseUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === "") return null;
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      ctx.addIssue({ code: "custom", message: "must be an absolute URL such as https://claims.example.org" });
      return z.NEVER;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: "must start with http:// or https://" });
      return z.NEVER;
    }
    if (url.search || url.hash || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "must not carry a query, fragment or credentials" });
      return z.NEVER;
    }
    return url.href.replace(/\/+$/, "");
  });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : null));

/** Who runs analysis jobs in a server process (see *Running on PostgreSQL*). */
export const JOB_RUNNERS = ["in-process", "external"] as const;
export type JobRunner = (typeof JOB_RUNNERS)[number];

const jobRunner = z
  .string()
  .optional()
  .transform((value, ctx): JobRunner => {
    const word = value?.trim().toLowerCase() ?? "";
    if (word === "") return "in-process";
    if ((JOB_RUNNERS as readonly string[]).includes(word)) return word as JobRunner;
    ctx.addIssue({ code: "custom", message: `must be one of ${JOB_RUNNERS.join(", ")}` });
    return z.NEVER;
  });

/** The registry: name → schema, the default as the README shows it, and what it means. */
export const ENV_VARS = {
  DATABASE_URL: {
    schema: z.string().optional().transform((value) => (value?.trim() ? value.trim() : "file:./prisma/dev.db")),
    shownDefault: "`file:./prisma/dev.db`",
    meaning: "the SQLite file (relative to the project root), or a `postgresql://user:password@host:port/database` URL to run on PostgreSQL (see *Running on PostgreSQL*)",
  },
  PORT: { schema: port(3000), shownDefault: "`3000`", meaning: "the port `npm start` serves on" },
  CLAIMTRAIL_PUBLIC_URL: {
    schema: baseUrl,
    shownDefault: "unset",
    meaning:
      "the public address of the site (e.g. `https://claims.example.org`), used for every link and id in exports (ClaimReview, W3C annotations, JSON, Markdown) and the print view; unset, the request's address is used only with `CLAIMTRAIL_TRUST_PROXY` on, and exports say that their addresses are local",
  },
  CLAIMTRAIL_PAGE_CACHE: { schema: booleanFlag(true), shownDefault: "`on`", meaning: "`off` renders every request (see *Speed* below)" },
  CLAIMTRAIL_TRUST_PROXY: {
    schema: booleanFlag(false),
    shownDefault: "`off`",
    meaning:
      "`on` behind a reverse proxy that sets `X-Forwarded-For`/`X-Forwarded-Host`; off, the server replaces `X-Forwarded-For` with the connection's address (the sign-in rate limit counts per address)",
  },
  CLAIMTRAIL_PUBLISHER: { schema: optionalText, shownDefault: "`ClaimTrail`", meaning: "the organisation named as author of ClaimReview exports" },
  CLAIMTRAIL_PUBLIC_READ: {
    schema: booleanFlag(true),
    shownDefault: "`on`",
    meaning: "reading without signing in; `off` makes every page ask for a sign-in (viewer or better)",
  },
  CLAIMTRAIL_SECURE_COOKIES: {
    schema: booleanFlag(false),
    shownDefault: "`off`",
    meaning:
      "`on` always marks the session cookie Secure; otherwise it is Secure on https requests (X-Forwarded-Proto `https`, or an https request URL / Origin) and not on plain http such as `npm start` on localhost",
  },
  CLAIMTRAIL_JOB_RUNNER: {
    schema: jobRunner,
    shownDefault: "`in-process`",
    meaning:
      "who runs analysis jobs (re-analysis, *Make reference*): `in-process`, the server itself (on PostgreSQL through an in-process pg-boss worker); `external`, the server only queues them and `npm run worker` processes run them (`npm run start:cluster` starts its instances so)",
  },
  NEXT_DIST_DIR: { schema: optionalText, shownDefault: "`.next`", meaning: "the folder `next build` writes to and `npm start` serves from (parallel e2e runs and benchmarks use their own)" },
  CHROMIUM_PATH: { schema: optionalText, shownDefault: "`/usr/bin/chromium`", meaning: "the browser the e2e tests drive" },
  CLAIMTRAIL_TEST_POSTGRES_URL: {
    schema: optionalText,
    shownDefault: "unset",
    meaning:
      "a PostgreSQL superuser URL on which the unit tests also run their PostgreSQL part (each test gets a database of its own) and the PostgreSQL e2e (`playwright.postgres.config.ts`: two instances on a database `claimtrail_e2e_PORT` it recreates); `npm test` sets it to a throwaway cluster it starts, and says so when it skips that part for want of a PostgreSQL server",
  },
  E2E_PORT: { schema: port(3123), shownDefault: "`3123`", meaning: "the port of the e2e server (which uses its own `prisma/e2e-PORT.db`, wiped each run); the private-read server uses PORT + 1, `test:hostile` PORT + 2, the PostgreSQL e2e instances PORT + 10 and PORT + 11" },
} as const satisfies Record<string, { schema: z.ZodType; shownDefault: string; meaning: string }>;

export type EnvName = keyof typeof ENV_VARS;
export type Env = { [K in EnvName]: z.output<(typeof ENV_VARS)[K]["schema"]> };

/** Boolean words accepted by every flag, for messages and docs. */
export const BOOLEAN_WORDS = { on: ON_WORDS, off: OFF_WORDS };

/** A bad variable: which one and why. Thrown by readEnv so start-up fails with a clear message. */
export class EnvError extends Error {
  constructor(readonly problems: { name: EnvName; message: string }[]) {
    super(`invalid environment: ${problems.map((p) => `${p.name} ${p.message}`).join("; ")}`);
    this.name = "EnvError";
  }
}

/** Parses every variable of `source`; throws EnvError naming each bad one. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const values: Record<string, unknown> = {};
  const problems: { name: EnvName; message: string }[] = [];
  for (const name of Object.keys(ENV_VARS) as EnvName[]) {
    const parsed = ENV_VARS[name].schema.safeParse(source[name]);
    if (parsed.success) values[name] = parsed.data;
    else problems.push({ name, message: parsed.error.issues.map((issue) => issue.message).join(", ") });
  }
  if (problems.length > 0) throw new EnvError(problems);
  return values as Env;
}

let cached: { source: Record<string, string | undefined>; snapshot: string; env: Env } | null = null;

/**
 * The parsed environment of this process. Re-read when a variable changes (tests and the CLIs set
 * DATABASE_URL before opening a database), otherwise parsed once.
 */
export function getEnv(): Env {
  const snapshot = (Object.keys(ENV_VARS) as EnvName[]).map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (cached?.snapshot === snapshot) return cached.env;
  const env = readEnv(process.env);
  cached = { source: process.env, snapshot, env };
  return env;
}

/** The README's Environment table, rendered from the registry (`npm run docs:env` writes it). */
export function renderEnvTable(): string {
  const rows = (Object.keys(ENV_VARS) as EnvName[]).map((name) => `| \`${name}\` | ${ENV_VARS[name].shownDefault} | ${ENV_VARS[name].meaning} |`);
  return ["| variable | default | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}
