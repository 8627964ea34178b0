import { z } from "zod";
import { describeWeakPassword } from "@/lib/auth/password-strength";
import { ROLES } from "@/lib/auth/roles";

/** 12 characters at least (NIST SP 800-63B asks for 8; a newsroom tool that edits verdicts asks for more). */
export const MIN_PASSWORD_LENGTH = 12;
/** scrypt hashes any length, but a cap stops megabyte "passwords" from costing CPU. */
const MAX_PASSWORD_LENGTH = 200;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter an email address" }).max(254));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { message: `Use at most ${MAX_PASSWORD_LENGTH} characters` });

export const roleSchema = z.enum(ROLES, { message: "Choose viewer, editor or admin" });

/**
 * A new account (admin form, first-run page, `npm run user:create`): the password must also pass
 * the strength estimate (lib/auth/password-strength.ts), its email and name counting as known words.
 */
export const newUserSchema = z
  .object({
    email: emailSchema,
    name: z
      .string()
      .trim()
      .max(100)
      .transform((name) => name || null)
      .nullish()
      .transform((name) => name ?? null),
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine(({ email, name, password }, ctx) => {
    // One message at a time: a short password is told its length first.
    if (password.length < MIN_PASSWORD_LENGTH) return;
    const weakness = describeWeakPassword(password, [email, email.split("@")[0] ?? "", name ?? ""]);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  });
export type NewUserInput = z.input<typeof newUserSchema>;

/** The sign-in form and POST /api/session. The password is not length-checked here: old rules may differ. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: "Enter your password" }).max(MAX_PASSWORD_LENGTH),
});

/** Where to go after signing in: a path on this site only (no "//evil.example" or "https://…"). */
export const nextPathSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .max(2000)
  .catch("/");

export const userChangeSchema = z.object({
  userId: z.string().min(1).max(64),
  role: roleSchema.optional(),
  isDisabled: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
});

/**
 * Changing one's own password: the current one (any length: old rules may differ) and a new one
 * held to the rules of new accounts, the email and name counting as known words. `userInputs`
 * come from the account, not the form.
 */
export function passwordChangeSchema(userInputs: string[]) {
  return z
    .object({
      currentPassword: z.string().min(1, { message: "Enter your current password" }).max(MAX_PASSWORD_LENGTH),
      newPassword: passwordSchema,
      confirmPassword: z.string(),
    })
    .superRefine(({ currentPassword, newPassword, confirmPassword }, ctx) => {
      if (newPassword.length < MIN_PASSWORD_LENGTH) return;
      if (newPassword === currentPassword) {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one" });
        return;
      }
      const weakness = describeWeakPassword(newPassword, userInputs.filter(Boolean));
      if (weakness) ctx.addIssue({ code: "custom", path: ["newPassword"], message: weakness });
      else if (confirmPassword !== newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords differ" });
    });
}
export type PasswordChangeInput = z.input<ReturnType<typeof passwordChangeSchema>>;

export const passwordResetSchema = z.object({ userId: z.string().min(1).max(64) });
