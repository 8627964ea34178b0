/**
 * entity-changed: the derivative names a person, place or organisation where the aligned
 * reference sentence names a different one of the same type ("met Aliyev" → "met Pashinyan").
 *
 * Careful by design: a name counts as present when any of its words appears on the other side
 * ("Steve Witkoff" ~ "Witkoff", "Azerbaijani" ~ "Azerbaijan"); the reference's name must be
 * missing from the derivative and the derivative's from the reference sentence; places and
 * organisations must be absent from the whole reference (a capital for its country, "the
 * Pentagon" for "the Defense Department" are the same referent); the reference outlet and names
 * inside credits and quotations are left to the attribution and quote detectors.
 */
import { getReferenceIndex } from "./reference-index";
import { createFinding, quoteWords } from "./reason-codes";
import { memoizeByView, overlapsAny } from "./sentence-words";
import {
  getKeyedEntities,
  getNameIndex,
  hasIndexedName,
  type KeyedEntity,
} from "./name-match";
import type { Detector, Finding, SentenceView } from "./types";
import { createViewSlot } from "./view-memo";

// A person who is named elsewhere in the reference may still be the wrong person here, but the
// derivative may also have merged a neighbouring sentence: flagged, with less weight.
const ELSEWHERE_WEIGHT_FACTOR = 0.7;
const COMPARED_TYPES = new Set(["person", "place", "organisation"]);

/** Compares the named entities of the two sides. */
export const detectEntityChange: Detector = (ref, der, ctx) => {
  const index = getReferenceIndex(ctx);
  const outletKeys = index.outletKeys;
  const derEntities = listEntities(der, outletKeys);
  if (derEntities.length === 0) return [];
  const refEntities =
    ref.length === 1
      ? listEntities(ref[0] as SentenceView, outletKeys)
      : ref.flatMap((view) => listEntities(view, outletKeys));
  if (refEntities.length === 0) return [];
  const refNames = ref.map((view) => getNameIndex(view));
  const findings: Finding[] = [];
  const used = new Set<KeyedEntity>();
  for (const entity of derEntities) {
    if (
      entity.keys.some((key) =>
        refNames.some((names) => hasIndexedName(names, key)),
      )
    )
      continue;
    const isElsewhere = entity.keys.some(
      (key) => hasIndexedName(index.nameKeys, key) || index.content.has(key),
    );
    if (isElsewhere && entity.type !== "person") continue;
    const partner = refEntities.find(
      (other) =>
        other.type === entity.type &&
        !used.has(other) &&
        // The derivative's name index is built here, only when a partner is looked for.
        !other.keys.some((key) => hasIndexedName(getNameIndex(der), key)),
    );
    if (!partner) continue;
    used.add(partner);
    findings.push(
      createFinding(
        "entity-changed",
        `The reference names ${quoteWords(partner.text)} here; the derivative names ${quoteWords(entity.text)} instead.`,
        { reference: partner.text, derivative: entity.text },
        { weightFactor: isElsewhere ? ELSEWHERE_WEIGHT_FACTOR : 1 },
      ),
    );
  }
  return findings;
};

/** Entities of a compared type outside credits and quotations (the outlet's name is removed by the caller). */
const listCandidates = memoizeByView((view: SentenceView): KeyedEntity[] => {
  const skipped = [...view.features.attributions, ...view.features.quotes];
  return getKeyedEntities(view).filter(
    (entity) =>
      COMPARED_TYPES.has(entity.type) &&
      entity.keys.length > 0 &&
      !overlapsAny(skipped, entity.start, entity.end),
  );
});

const entityCache = createViewSlot<{
  outletKeys: ReadonlySet<string>;
  entities: KeyedEntity[];
}>();

/** The compared entities of a view minus the reference outlet's name, cached per view. */
function listEntities(
  view: SentenceView,
  outletKeys: ReadonlySet<string>,
): KeyedEntity[] {
  const cached = entityCache.get(view);
  if (cached && cached.outletKeys === outletKeys) return cached.entities;
  const entities = listCandidates(view).filter(
    (entity) => !entity.keys.some((key) => outletKeys.has(key)),
  );
  entityCache.set(view, { outletKeys, entities });
  return entities;
}
