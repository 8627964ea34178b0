import { describe, expect, it } from "vitest";

import type { EntityMention } from "../types";
import { compileReferenceNames } from "./classify-source";
import { findEntities } from "./entities";
import { createTestView, listSliceMismatches } from "./test-support";

type Expected = Pick<EntityMention, "text" | "type">;

const names = compileReferenceNames(["Wirepost"]);

const rows: Array<{ why: string; sentence: string; expected: Expected[] }> = [
  {
    why: "countries and capitals come from the gazetteer",
    sentence: "Then talks moved from Chile to Lima.",
    expected: [
      { text: "Chile", type: "place" },
      { text: "Lima", type: "place" },
    ],
  },
  {
    why: "a multi-word place is one entity",
    sentence: "Two ships left the Red Sea for South Korea.",
    expected: [
      { text: "Red Sea", type: "place" },
      { text: "South Korea", type: "place" },
    ],
  },
  {
    why: "a '-stan' ending marks a place the list may lack",
    sentence: "Envoys reached Westistan.",
    expected: [{ text: "Westistan", type: "place" }],
  },
  {
    why: "an institution word makes an organisation",
    sentence: "The Energy Ministry and the Central Bank met.",
    expected: [
      { text: "Energy Ministry", type: "organisation" },
      { text: "Central Bank", type: "organisation" },
    ],
  },
  {
    why: "an unknown acronym is an organisation; a known one may be a place",
    sentence: "OPEC and the UAE met.",
    expected: [
      { text: "OPEC", type: "organisation" },
      { text: "UAE", type: "place" },
    ],
  },
  {
    why: "a title marks a person and is left out of the name",
    sentence: "It was signed by Chancellor Olaf Brandt.",
    expected: [{ text: "Olaf Brandt", type: "person" }],
  },
  {
    why: "a nationality adjective is split from the title and name",
    sentence: "They met Peruvian President Rosa Quispe.",
    expected: [
      { text: "Peruvian", type: "other" },
      { text: "Rosa Quispe", type: "person" },
    ],
  },
  {
    why: "a leading place is split from a title and name",
    sentence: "They met U.S. Envoy Ana Diaz.",
    expected: [
      { text: "U.S.", type: "place" },
      { text: "Ana Diaz", type: "person" },
    ],
  },
  {
    why: "a frequent given name marks a person",
    sentence: "Then Maria Lindqvist spoke.",
    expected: [{ text: "Maria Lindqvist", type: "person" }],
  },
  {
    why: "a name followed by a reporting verb is a person",
    sentence: "Later, Okonjo said no.",
    expected: [{ text: "Okonjo", type: "person" }],
  },
  {
    why: "an appositive role marks a person",
    sentence: "Tomas Ferreyra, a senior aide, left.",
    expected: [{ text: "Tomas Ferreyra", type: "person" }],
  },
  {
    why: "a role noun just before a name marks a person",
    sentence: "They met his aide Ivo Marek.",
    expected: [{ text: "Ivo Marek", type: "person" }],
  },
  {
    why: "the first word of a quotation is sentence-initial too",
    sentence: "He said: “We’re ready, Peru is too.”",
    expected: [{ text: "Peru", type: "place" }],
  },
  {
    why: "a possessive is trimmed",
    sentence: "It was Kenya's plan.",
    expected: [{ text: "Kenya", type: "place" }],
  },
  {
    why: "agreements and events are other",
    sentence: "They joined the Lisbon Treaty.",
    expected: [{ text: "Lisbon Treaty", type: "other" }],
  },
  {
    why: "the reference outlet is an organisation",
    sentence: "Its findings were shared with Wirepost.",
    expected: [{ text: "Wirepost", type: "organisation" }],
  },
  {
    why: "sentence-initial ordinary words, months and weekdays are not entities",
    sentence: "Expanding trade in March and on Friday helped.",
    expected: [],
  },
  {
    why: "a sentence-initial word the text also writes in lower case is ordinary",
    sentence: "Talks stalled, and talks may resume.",
    expected: [],
  },
  {
    why: "hyphenated adjectives are not names",
    sentence: "Four Catholic-majority towns voted.",
    expected: [],
  },
  {
    why: "in a Title Case headline only cue-typed names are kept",
    sentence: "Premier Weighs Inviting Norway Into Arctic Council",
    expected: [
      { text: "Norway", type: "place" },
      { text: "Arctic Council", type: "organisation" },
    ],
  },
  {
    why: "'Secretary of State' is a title, not part of the name",
    sentence: "Secretary of State Ada Moss arrived.",
    expected: [{ text: "Ada Moss", type: "person" }],
  },
];

describe("findEntities", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findEntities(view, names);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found.map(({ text, type }) => ({ text, type }))).toEqual(expected);
  });
});
