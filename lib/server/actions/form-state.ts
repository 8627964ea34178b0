import type { InputProblem } from "@/lib/server/api/describe-input-error";

/** What a form's server action answers when it does not redirect: the problems to show. */
export type FormState = { problems: InputProblem[] } | null;
