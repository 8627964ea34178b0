import type { InputProblem } from "@/lib/server/api/describe-input-error";

/**
 * What a form's server action answers when it does not redirect: the problems to show, or a
 * notice when it succeeded without anything to show elsewhere (an import of unchanged texts).
 */
export type FormState = { problems: InputProblem[]; notice?: string } | null;
