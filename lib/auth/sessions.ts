import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Role } from "./roles";

/** The session cookie's name (a contract: the page cache serves cached HTML only without it). */
export const SESSION_COOKIE = "claimtrail_session";
/**
 * 30 days: editors work on a story for weeks from their own machines; signing out (or an admin
 * disabling the account) ends a session at once, so a long life costs little.
 */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;
/** 32 random bytes: 256 bits, beyond guessing. */
const TOKEN_BYTES = 32;

/** Who is signed in, as pages, actions and route handlers see them. */
export interface AuthUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** An admin reset the password: the user must choose a new one before anything else. */
  mustChangePassword?: boolean;
}

/** The database stores only this hash, so a leaked copy of it holds no usable session. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session for `userId`: the token goes to the client once and is never stored. */
export async function createSession(db: Db, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  // Expired sessions of the user go at the same time: the table holds live sessions only.
  await db.$transaction([db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } }), db.session.create({ data: { id: hashSessionToken(token), userId, expiresAt } })]);
  return { token, expiresAt };
}

/** The user behind a token, or null when it is unknown, expired, or the account is disabled. */
export async function findSessionUser(db: Db, token: string | undefined | null, now = new Date()): Promise<AuthUser | null> {
  // Tokens are 43 base64url characters; anything else is not ours (and is not worth a query).
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const session = await db.session.findUnique({
    where: { id: hashSessionToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true, passwordReset: { select: { userId: true } } } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  const { disabledAt: _disabled, passwordReset, ...user } = session.user;
  return passwordReset ? { ...user, mustChangePassword: true } : user;
}

/** Ends a session (sign-out, DELETE /api/session). Unknown tokens are ignored. */
export async function deleteSession(db: Db, token: string | undefined | null): Promise<void> {
  if (!token) return;
  await db.session.deleteMany({ where: { id: hashSessionToken(token) } });
}
