import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/**
 * Least zxcvbn score a new password needs (0–4). 3 is "safely unguessable: moderate protection
 * from an offline slow-hash attack" — our scrypt hashes are exactly that case. Twelve spaces,
 * `aaaaaaaaaaaa` and `password1234` score 0–1; four ordinary words score 4.
 */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | null = null;
/** Built on first use: loading the dictionaries takes a moment the CLI and most requests never need. */
function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ translations: en.translations, graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary } });
  return factory;
}

/**
 * Null when `password` is strong enough, else a sentence saying why not and what to do
 * ("This is similar to a commonly used password. Add more words that are less common.").
 * `userInputs` (email, name) count as known words: a password made of them is weak.
 */
export function describeWeakPassword(password: string, userInputs: string[] = []): string | null {
  const result = getFactory().check(password, userInputs.filter(Boolean));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "This password is too easy to guess.";
  const how = result.feedback.suggestions.length > 0 ? result.feedback.suggestions.join(" ") : "Add more words that are less common.";
  return `${why} ${how}`;
}
