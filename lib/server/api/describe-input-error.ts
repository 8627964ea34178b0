import "server-only";
import { InputError, InputErrors } from "@/lib/pipeline/input-error";

/** One problem of a refused input, as the API and the forms show it. */
export interface InputProblem {
  /** The article or object at fault: `Article 2 (wire.html)`, `story`. */
  where: string | null;
  field: string | null;
  /** The whole sentence, naming where and field: `Article 2 › url: must be an http(s) URL…`. */
  message: string;
}

/** The problems an InputError (or InputErrors) carries; null for any other error (a bug: let it surface). */
export function describeInputError(error: unknown): InputProblem[] | null {
  if (error instanceof InputErrors) return error.problems.flatMap((problem) => describeInputError(problem) ?? []);
  if (error instanceof InputError) {
    // toInputError folds several zod issues into one message, one "  › path: message" line each.
    const [head, ...lines] = error.message.split("\n");
    if (lines.length > 0 && /^\d+ problems$/.test(head?.replace(/^.*: /, "") ?? "")) {
      return lines.map((line) => ({ where: error.where ?? null, field: null, message: `${error.where ? `${error.where} ` : ""}${line.trim()}` }));
    }
    return [{ where: error.where ?? null, field: error.field ?? null, message: error.message }];
  }
  return null;
}
