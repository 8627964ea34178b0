import { describe, expect, it } from "vitest";

import { findModals } from "./modals";
import { createTestView, listSliceMismatches } from "./test-support";

const rows: Array<{
  why: string;
  sentence: string;
  expected: Array<Partial<{ text: string; word: string; strength: number }>>;
}> = [
  {
    why: "'might' is the weakest possibility",
    sentence: "Rain might fall.",
    expected: [{ text: "might", word: "might", strength: 0.3 }],
  },
  {
    why: "'may' is plain possibility",
    sentence: "Rain may fall.",
    expected: [{ word: "may", strength: 0.4 }],
  },
  {
    why: "'could' is plain possibility",
    sentence: "Rain could fall.",
    expected: [{ word: "could", strength: 0.4 }],
  },
  {
    why: "'would' is conditional but expected",
    sentence: "Rain would fall.",
    expected: [{ word: "would", strength: 0.6 }],
  },
  {
    why: "'should' is an expectation",
    sentence: "Rain should fall.",
    expected: [{ word: "should", strength: 0.7 }],
  },
  {
    why: "'can' is capability",
    sentence: "Rain can fall.",
    expected: [{ word: "can", strength: 0.7 }],
  },
  {
    why: "'will' is a prediction",
    sentence: "Rain will fall.",
    expected: [{ word: "will", strength: 0.9 }],
  },
  {
    why: "'shall' is a prediction",
    sentence: "We shall see.",
    expected: [{ word: "shall", strength: 0.9 }],
  },
  {
    why: "'must' leaves no alternative",
    sentence: "Rain must fall.",
    expected: [{ word: "must", strength: 1 }],
  },
  {
    why: "'won't' is will (the negation is reported separately)",
    sentence: "Rain won't fall.",
    expected: [{ text: "won't", word: "will", strength: 0.9 }],
  },
  {
    why: "curly apostrophes are folded",
    sentence: "Rain wouldn’t fall.",
    expected: [{ text: "wouldn’t", word: "would" }],
  },
  {
    why: "'cannot' is can",
    sentence: "Rain cannot fall.",
    expected: [{ text: "cannot", word: "can" }],
  },
  {
    why: "'we'll' contracts will",
    sentence: "We'll see.",
    expected: [{ text: "We'll", word: "will" }],
  },
  {
    why: "'ought to' is an expectation",
    sentence: "Rain ought to fall.",
    expected: [{ text: "ought to", word: "ought to", strength: 0.7 }],
  },
  {
    why: "nouns and the month are not modals",
    sentence: "In May the political will and military might grew.",
    expected: [],
  },
];

describe("findModals", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findModals(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
