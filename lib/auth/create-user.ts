import type { Db } from "@/lib/db";
import { writeAuditLog } from "@/lib/pipeline/write-audit-log";
import { newUserSchema, type NewUserInput } from "@/lib/validation/user";
import { hashPassword, type ScryptCost } from "./password";
import { passwordQueue, PasswordQueueBusyError } from "./password-queue";
import type { AuthUser } from "./sessions";

export type CreateUserResult =
  | { ok: true; user: AuthUser }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; reason: "email-taken" | "already-set-up" }
  /** The password-hash queue is full (or this address holds its share): try again after the wait. */
  | { ok: false; reason: "busy"; message: string; retryAfterSeconds: number };

export interface CreateUserOptions {
  /** Who creates the account (null: the CLI or the first-run page). */
  actorId: string | null;
  actorLabel?: string;
  /** First-run page: refuse when any user exists (checked inside the write transaction). */
  isFirstRun?: boolean;
  cost?: ScryptCost;
  /** Who asks, for the password queue's per-address share ("cli" when unset). */
  clientIp?: string;
}

/** Creates an account after validating it, and records it in the audit log (never the password). */
export async function createUser(db: Db, input: NewUserInput, options: CreateUserOptions): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: parsed.error.flatten().fieldErrors };
  const { email, name, role, password } = parsed.data;
  // First run: refuse before hashing, so anonymous posts to /setup on a set-up server cost a count
  // query, not an scrypt run each (checked again inside the transaction against a race).
  if (options.isFirstRun && (await db.user.count()) > 0) return { ok: false, reason: "already-set-up" };
  let passwordHash: string;
  try {
    passwordHash = await passwordQueue.run(options.clientIp ?? "cli", () => hashPassword(password, options.cost));
  } catch (error) {
    if (error instanceof PasswordQueueBusyError) return { ok: false, reason: "busy", message: error.message, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  return db.$transaction(async (tx): Promise<CreateUserResult> => {
    if (options.isFirstRun && (await tx.user.count()) > 0) return { ok: false, reason: "already-set-up" };
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "email-taken" };
    const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: { id: true, email: true, name: true, role: true } });
    await writeAuditLog(tx, {
      actorId: options.actorId,
      actorLabel: options.actorLabel ?? (options.actorId ? undefined : options.isFirstRun ? "first-run" : "cli"),
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      before: null,
      after: { email, name, role },
    });
    return { ok: true, user };
  });
}
