/**
 * Stories where the copying is known, for lineage tests: each derivative is written from a named
 * source (by hand, as a rewriter would), so the estimated links can be checked one by one.
 */

export interface ConstructedArticle {
  key: string;
  outlet: string;
  /** ISO datetime. */
  publishedAt: string;
  text: string;
}

export interface ConstructedStory {
  name: string;
  /** What the story tests. */
  about: string;
  reference: ConstructedArticle;
  /** In publication order. */
  derivatives: ConstructedArticle[];
  /** The true source of each derivative (a key), or two keys when the evidence cannot choose (an exact tie). */
  truth: Record<string, string | { undecided: [string, string] }>;
}

const paragraphs = (...lines: string[]) => lines.join("\n\n");

const STRIKE = {
  lead: "Dock workers at the port of Halvern walked off the job on Monday, halting container traffic at the country's second-largest harbour, union officials said.",
  talks: "The strike was called after talks on a new wage agreement collapsed late on Sunday, according to the Harbour Workers' Union.",
  size: "About 3,000 workers joined the walkout, the union said in a statement.",
  share: "The port handles roughly a quarter of the country's container imports.",
  offer: "Port director Elena Marsh said the authority had offered a pay rise of 4 percent over two years.",
  demand: "The union is demanding 7 percent, citing inflation that has eroded wages since 2023.",
  quote: "\"We will not go back until there is a fair offer on the table,\" union leader Tomas Berg told reporters outside the main gate.",
  ships: "Shipping companies said several vessels had been diverted to the port of Ostrand.",
  ministry: "The transport ministry said it was monitoring the situation and urged both sides to return to talks.",
  unclear: "No new negotiations have been scheduled, and it is unclear how long the strike could last.",
  history: "A similar walkout in 2019 lasted nine days and cost the economy an estimated 200 million euros, according to the chamber of commerce.",
};

const strikeReference: ConstructedArticle = {
  key: "R",
  outlet: "Wire Service",
  publishedAt: "2026-03-02T08:00:00Z",
  text: paragraphs(...Object.values(STRIKE)),
};

/** A copies the reference (drops two paragraphs), B copies A and adds a detail, C copies B. */
const chain: ConstructedStory = {
  name: "chain",
  about: "near-verbatim copies: R → A → B → C",
  reference: strikeReference,
  derivatives: [
    {
      key: "A",
      outlet: "Daily Alpha",
      publishedAt: "2026-03-02T10:00:00Z",
      text: paragraphs(STRIKE.lead, STRIKE.talks, "About 3,500 workers joined the walkout, the union said.", STRIKE.share, STRIKE.offer, STRIKE.demand, STRIKE.quote, STRIKE.ships, "No new negotiations have been scheduled."),
    },
    {
      key: "B",
      outlet: "Blog Beta",
      publishedAt: "2026-03-02T13:00:00Z",
      text: paragraphs(
        STRIKE.lead,
        STRIKE.talks,
        "About 3,500 workers joined the walkout, the union said.",
        STRIKE.share,
        STRIKE.offer,
        STRIKE.demand,
        STRIKE.quote,
        STRIKE.ships,
        "Among the diverted ships was the Maersk Elba, carrying refrigerated fruit, a shipping agent in Ostrand said.",
        "No new negotiations have been scheduled.",
      ),
    },
    {
      key: "C",
      outlet: "Site Gamma",
      publishedAt: "2026-03-02T16:00:00Z",
      text: paragraphs(
        STRIKE.lead,
        "About 3,500 workers joined the walkout, the union said.",
        STRIKE.share,
        STRIKE.demand,
        STRIKE.quote,
        STRIKE.ships,
        "Among the diverted ships was the Maersk Elba, carrying refrigerated fruit, a shipping agent in Ostrand said.",
        "No new negotiations have been scheduled.",
      ),
    },
  ],
  truth: { A: "R", B: "A", C: "B" },
};

/** The same chain, but A paraphrases: B and C inherit A's wording, not the reference's. */
const paraphraseChain: ConstructedStory = {
  name: "paraphrase chain",
  about: "A rewords the reference; B copies A's wording and adds a detail; C copies B",
  reference: strikeReference,
  derivatives: [
    {
      key: "A",
      outlet: "Daily Alpha",
      publishedAt: "2026-03-02T10:00:00Z",
      text: paragraphs(
        "Container traffic at Halvern, the nation's second-biggest harbour, ground to a halt on Monday as dockers went on strike, according to union officials.",
        "Wage negotiations broke down on Sunday night, prompting the Harbour Workers' Union to call the stoppage.",
        "Some 3,000 dockers have downed tools, the union said.",
        "Halvern handles about a quarter of all container imports into the country.",
        "The port authority has put a 4 percent raise spread over two years on the table, director Elena Marsh said.",
        "Union members want 7 percent, arguing that inflation has eaten into their pay since 2023.",
        "\"We will not go back until there is a fair offer on the table,\" union leader Tomas Berg said.",
        "A number of ships have been rerouted to Ostrand, shipping firms said.",
        "It remains unclear how long the dispute will go on.",
      ),
    },
    {
      key: "B",
      outlet: "Blog Beta",
      publishedAt: "2026-03-02T13:00:00Z",
      text: paragraphs(
        "Container traffic at Halvern, the nation's second-biggest harbour, ground to a halt on Monday as dockers went on strike, according to union officials.",
        "Wage negotiations broke down on Sunday night, prompting the Harbour Workers' Union to call the stoppage.",
        "Some 3,000 dockers have downed tools, the union said.",
        "The port authority has put a 4 percent raise spread over two years on the table, director Elena Marsh said.",
        "Union members want 7 percent, arguing that inflation has eaten into their pay since 2023.",
        "\"We will not go back until there is a fair offer on the table,\" union leader Tomas Berg said.",
        "A number of ships have been rerouted to Ostrand, shipping firms said, and queues of lorries stretched for 12 kilometres outside the terminal.",
        "It remains unclear how long the dispute will go on.",
      ),
    },
    {
      key: "C",
      outlet: "Site Gamma",
      publishedAt: "2026-03-02T16:00:00Z",
      text: paragraphs(
        "Container traffic at Halvern, the nation's second-biggest harbour, ground to a halt on Monday as dockers went on strike, according to union officials.",
        "Some 3,000 dockers have downed tools, the union said.",
        "Union members want 7 percent, arguing that inflation has eaten into their pay since 2023.",
        "\"We will not go back until there is a fair offer on the table,\" union leader Tomas Berg said.",
        "A number of ships have been rerouted to Ostrand, shipping firms said, and queues of lorries stretched for 12 kilometres outside the terminal.",
        "It remains unclear how long the dispute will go on.",
      ),
    },
  ],
  truth: { A: "R", B: "A", C: "B" },
};

/** Two rewrites of the reference made independently, each keeping what the other dropped. */
const siblings: ConstructedStory = {
  name: "siblings",
  about: "A and B both copy the reference, independently",
  reference: strikeReference,
  derivatives: [
    {
      key: "A",
      outlet: "Daily Alpha",
      publishedAt: "2026-03-02T10:00:00Z",
      text: paragraphs(STRIKE.lead, STRIKE.talks, STRIKE.size, STRIKE.offer, STRIKE.demand, STRIKE.quote, "No new negotiations have been scheduled."),
    },
    {
      key: "B",
      outlet: "Blog Beta",
      publishedAt: "2026-03-02T13:00:00Z",
      text: paragraphs(STRIKE.lead, STRIKE.size, STRIKE.share, STRIKE.ships, STRIKE.ministry, STRIKE.unclear, STRIKE.history),
    },
  ],
  truth: { A: "R", B: "R" },
};

/**
 * A adds a detail with an altered figure; B is A with one word changed; C copies that text. A and
 * B are equally good sources of C: the estimate must say so rather than pick one.
 */
const tie: ConstructedStory = {
  name: "tie",
  about: "C copies A or B, which are the same text: undecided",
  reference: strikeReference,
  derivatives: [
    {
      key: "A",
      outlet: "Daily Alpha",
      publishedAt: "2026-03-02T10:00:00Z",
      text: paragraphs(
        STRIKE.lead,
        STRIKE.talks,
        "About 5,000 workers joined the walkout, the union said.",
        STRIKE.offer,
        STRIKE.demand,
        STRIKE.quote,
        "Among the diverted ships was the Maersk Elba, carrying refrigerated fruit, a shipping agent in Ostrand said.",
        STRIKE.unclear,
      ),
    },
    {
      key: "B",
      outlet: "Blog Beta",
      publishedAt: "2026-03-02T11:00:00Z",
      text: paragraphs(
        STRIKE.lead,
        STRIKE.talks,
        "About 5,000 workers joined the walkout, the union said.",
        STRIKE.offer,
        STRIKE.demand,
        STRIKE.quote,
        "Among the diverted ships was the Maersk Elba, carrying refrigerated fruit, a shipping agent in Ostrand reported.",
        STRIKE.unclear,
      ),
    },
    {
      key: "C",
      outlet: "Site Gamma",
      publishedAt: "2026-03-02T16:00:00Z",
      text: paragraphs(
        STRIKE.lead,
        STRIKE.talks,
        "About 5,000 workers joined the walkout, the union said.",
        STRIKE.offer,
        STRIKE.demand,
        STRIKE.quote,
        "Among the diverted ships was the Maersk Elba, carrying refrigerated fruit.",
        STRIKE.unclear,
      ),
    },
  ],
  truth: { A: "R", B: "A", C: { undecided: ["A", "B"] } },
};

export const CONSTRUCTED_STORIES: readonly ConstructedStory[] = [chain, paraphraseChain, siblings, tie];
