/**
 * What a database failure means for the client, by SQLite's result code (Prisma's driver adapter
 * puts it in `error.code`, e.g. "SQLITE_FULL") or Prisma's own code. Storage faults (disk full,
 * read-only file, I/O error) and lock waits are the server's condition, not the request's fault:
 * 503 with a sentence saying what happened; the request may be sent again once it is fixed.
 */
export type DbFault = { kind: "full" | "readonly" | "io" | "busy"; status: 503; message: string; retryAfterSeconds: number };

/** How long a client should wait before retrying: storage faults need a person; a lock, a moment. */
const RETRY_AFTER = { full: 30, readonly: 30, io: 30, busy: 2 } as const;

const MESSAGES: Record<DbFault["kind"], string> = {
  full: "the database disk is full: nothing was written; the server works again as soon as space is freed",
  readonly: "the database is read-only right now: nothing was written; the server works again once it is writable",
  io: "the database could not be read or written (disk I/O error): nothing was written; try again shortly",
  busy: "the database is busy with another write (an import or a command-line job): nothing was written; try again in a moment",
};

/**
 * PostgreSQL's SQLSTATE codes for the same faults (the pg adapter puts them in the cause's `code`,
 * or under `meta.driverAdapterError.cause` for raw queries): disk_full, read_only_sql_transaction,
 * io_error; lock_not_available (a lock_timeout), serialization_failure and deadlock_detected are
 * another writer in the way, and the transaction may simply run again.
 */
const POSTGRES_KINDS = new Map<string, DbFault["kind"]>([
  ["53100", "full"],
  ["25006", "readonly"],
  ["58030", "io"],
  ["55P03", "busy"],
  ["40001", "busy"],
  ["40P01", "busy"],
]);

function kindOf(error: unknown): DbFault["kind"] | null {
  if (typeof error !== "object" || error === null) return null;
  const code = String((error as { code?: unknown }).code ?? "");
  const message = String((error as { message?: unknown }).message ?? "");
  const cause = (error as { cause?: unknown }).cause ?? (error as { meta?: { driverAdapterError?: { cause?: unknown } } }).meta?.driverAdapterError?.cause;
  const postgresKind = POSTGRES_KINDS.get(code);
  if (postgresKind) return postgresKind;
  if (/^SQLITE_FULL/.test(code) || /database or disk is full/i.test(message)) return "full";
  if (/^SQLITE_READONLY/.test(code) || /readonly database|read-only/i.test(message)) return "readonly";
  if (/^SQLITE_IOERR/.test(code) || /disk I\/O error/i.test(message)) return "io";
  // P1008: operation timed out; P2028: the transaction could not start (or expired) in its time;
  // P2034: write conflict. All are another writer holding the lock longer than our budget.
  if (/^SQLITE_BUSY|^SQLITE_LOCKED/.test(code) || ["P1008", "P2028", "P2034"].includes(code) || /database is locked|SQLITE_BUSY/i.test(message)) return "busy";
  return cause && cause !== error ? kindOf(cause) : null;
}

/** The fault a database error stands for, or null when it is something else (a bug, bad input). */
export function classifyDbError(error: unknown): DbFault | null {
  const kind = kindOf(error);
  return kind ? { kind, status: 503, message: MESSAGES[kind], retryAfterSeconds: RETRY_AFTER[kind] } : null;
}

/** Faults that may leave a connection in a bad state: the connection is replaced after them. */
export function isStorageFault(error: unknown): boolean {
  const kind = kindOf(error);
  return kind === "full" || kind === "readonly" || kind === "io";
}
