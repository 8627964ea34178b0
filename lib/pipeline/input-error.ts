import type { z } from "zod";

/**
 * Bad input from outside (a manifest, an uploaded file, a CLI flag). The message names the file
 * and the field so a person can fix it without reading code.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly where?: string,
    readonly field?: string,
  ) {
    super(where ? `${where}${field ? ` › ${field}` : ""}: ${message}` : message);
    this.name = "InputError";
  }
}

/** `["articles", 2, "publishedAt"]` → `articles[2].publishedAt`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** One InputError listing every zod issue, each with its field path. */
export function toInputError(error: z.ZodError, where: string): InputError {
  const [first, ...rest] = error.issues;
  if (!first) return new InputError("is invalid", where);
  if (rest.length === 0) return new InputError(first.message, where, formatIssuePath(first.path) || undefined);
  const lines = error.issues.map((issue) => `  › ${formatIssuePath(issue.path) || "(root)"}: ${issue.message}`);
  return new InputError(`${error.issues.length} problems\n${lines.join("\n")}`, where);
}

/** Several input problems found together (an import validates every article before failing). */
export class InputErrors extends InputError {
  constructor(readonly problems: readonly InputError[]) {
    super(`${problems.length} problems\n${problems.map((problem) => `  › ${problem.message}`).join("\n")}`);
    this.name = "InputErrors";
  }
}

/** The one problem as it is, all of them as one InputErrors, or null when there are none. */
export function combineInputErrors(problems: readonly InputError[]): InputError | null {
  const [first] = problems;
  if (!first) return null;
  return problems.length === 1 ? first : new InputErrors(problems);
}

/** Throws {@link combineInputErrors}' error; does nothing when there are no problems. */
export function throwInputErrors(problems: readonly InputError[]): void {
  const error = combineInputErrors(problems);
  if (error) throw error;
}
