import type { Tx } from "@/lib/db";
import { nameSkeleton } from "@/lib/validation/clean-name";
import { InputError } from "./input-error";

/**
 * New outlet names that would read as another outlet's: the same skeleton (nameSkeleton: letters
 * from other scripts that look Latin, case) as an existing outlet or as another new one in the
 * batch — Cyrillic "Reutеrs" beside "Reuters". Each is refused naming the outlet it imitates.
 */
export async function findLookAlikeOutlets(tx: Tx, newNames: readonly string[], whereOf: (name: string) => string): Promise<InputError[]> {
  if (newNames.length === 0) return [];
  // Outlets are few (hundreds at most), so comparing with every one costs less than indexing skeletons.
  const existing = await tx.outlet.findMany({ select: { name: true } });
  const bySkeleton = new Map(existing.map((outlet) => [nameSkeleton(outlet.name), outlet.name]));
  const problems: InputError[] = [];
  for (const name of newNames) {
    const skeleton = nameSkeleton(name);
    const twin = bySkeleton.get(skeleton);
    if (twin !== undefined && twin !== name) {
      problems.push(new InputError(`"${name}" looks like the outlet "${twin}" (letters from another script or in another case); use "${twin}" or a name that reads differently`, whereOf(name), "outlet.name"));
    } else {
      bySkeleton.set(skeleton, name);
    }
  }
  return problems;
}
