"use server";
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

/** Ends the session: its row is deleted (the token is worthless from now on) and the cookie cleared. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  await deleteSession(db, jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect("/");
}
