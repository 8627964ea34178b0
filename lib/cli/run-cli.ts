import type { ZodType } from "zod";
import { formatIssuePath, InputError } from "@/lib/pipeline/input-error";

/**
 * Runs a CLI's `main` with the exit codes every CLI shares: 2 with `name: message` for bad input
 * (an InputError, or node:util parseArgs refusing an option), 1 with the stack for anything else.
 */
export function runCli(name: string, main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof InputError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(`${name}: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  });
}

/**
 * Validates parsed arguments with `schema`; a failure is an InputError naming the option
 * (`--story`), with the usage after the message. `fieldOf` names the field when it is not an option.
 */
export function parseCliArgs<T>(schema: ZodType<T>, input: unknown, usage: string, fieldOf: (path: PropertyKey[]) => string = (path) => `--${formatIssuePath(path)}`): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InputError(`${issue?.message ?? "invalid"}\n${usage}`, "arguments", issue ? fieldOf(issue.path) : undefined);
}
