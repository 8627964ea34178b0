"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createUser } from "@/lib/auth/create-user";
import { db } from "@/lib/db";
import { getClientIp } from "@/lib/server/auth/request-origin";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** An admin creates an account (they pass the password on to its owner). */
export async function createUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole("admin");
  const result = await createUser(
    db,
    { email: readField(form, "email"), name: readField(form, "name"), role: readField(form, "role") as "viewer", password: readField(form, "password") },
    { actorId: admin.id, clientIp: getClientIp(await headers()) },
  );
  if (!result.ok) {
    if (result.reason === "invalid") return { ok: false, status: 422, message: "Check the form.", fieldErrors: result.fieldErrors };
    if (result.reason === "busy") return { ok: false, status: 429, message: result.message };
    return { ok: false, status: 409, message: "An account with this email already exists.", fieldErrors: { email: ["Already taken"] } };
  }
  revalidatePath("/admin/users");
  return { ok: true, message: `Account created for ${result.user.email}.` };
}
