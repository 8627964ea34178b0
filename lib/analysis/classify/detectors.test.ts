/**
 * One table per detector: each row is a phenomenon with minimal sentences, and the codes the
 * detector must report (an empty list means it must stay silent). Every reason code of the
 * matched-pair detectors fires in at least one row.
 */
import { describe, expect, it } from "vitest";
import { detectAntonymFlip } from "./detect-antonym-flip";
import { detectAttributionDoubt } from "./detect-attribution-doubt";
import { detectAttributionPresence } from "./detect-attribution-presence";
import { detectClaimStrengthChange } from "./detect-claim-strength-change";
import { detectConditionChange } from "./detect-condition-change";
import { detectEntityChange } from "./detect-entity-change";
import { detectImportanceChange } from "./detect-importance-change";
import { detectInferenceAdded } from "./detect-inference-added";
import { detectModalChange } from "./detect-modal-change";
import { detectNegationFlip } from "./detect-negation-flip";
import { detectNoCommentContradicted } from "./detect-no-comment-contradicted";
import { detectNumberChange } from "./detect-number-change";
import { detectQuantifierChange } from "./detect-quantifier-change";
import { detectQuoteChange } from "./detect-quote-change";
import { detectRangeChange } from "./detect-range-change";
import { detectReferenceAttribution } from "./detect-reference-attribution";
import { detectSourceChange } from "./detect-source-change";
import { detectSourceCountChange } from "./detect-source-count-change";
import { detectStanceChange } from "./detect-stance-change";
import { detectSuperlativeChange } from "./detect-superlative-change";
import { detectTimeChange } from "./detect-time-change";
import { detectUnknownContradicted } from "./detect-unknown-contradicted";
import { buildPair } from "./test-support";
import type { Detector } from "./types";

interface Row {
  why: string;
  reference: string | string[];
  derivative: string;
  /** Other reference sentences, placed before the aligned ones. */
  context?: string[];
  /** Derivative sentences placed before the compared one. */
  before?: string[];
  /** Other reference sentences, placed after the aligned ones. */
  after?: string[];
  expectCodes: string[];
}

function runTable(name: string, detect: Detector, rows: Row[]): void {
  describe(name, () => {
    it.each(rows.map((row) => [row.why, row] as const))("%s", (_why, row) => {
      const reference =
        typeof row.reference === "string" ? [row.reference] : row.reference;
      const { ref, der, ctx } = buildPair(
        reference,
        row.derivative,
        row.context,
        row.before,
        row.after,
      );
      const findings = detect(ref, der, ctx);
      expect(findings.map((finding) => finding.code).sort()).toEqual(
        [...row.expectCodes].sort(),
      );
      for (const finding of findings) {
        expect(finding.detail.length).toBeGreaterThan(10);
        expect(finding.weight).toBeGreaterThan(0);
        expect(finding.weight).toBeLessThanOrEqual(1);
      }
    });
  });
}

runTable("detectQuantifierChange", detectQuantifierChange, [
  {
    why: "every → most is weakened",
    reference: "Every member state backed the plan.",
    derivative: "Most member states backed the plan.",
    expectCodes: ["quantifier-weakened"],
  },
  {
    why: "all → some is weakened",
    reference: "All lawmakers opposed the bill.",
    derivative: "Some lawmakers opposed the bill.",
    expectCodes: ["quantifier-weakened"],
  },
  {
    why: "some → all is strengthened",
    reference: "Some lawmakers opposed the bill.",
    derivative: "All lawmakers opposed the bill.",
    expectCodes: ["quantifier-strengthened"],
  },
  {
    why: "all added to a bare plural is strengthened",
    reference: "Farmers in the region protested against fuel prices.",
    derivative: "All farmers in the region protested against fuel prices.",
    expectCodes: ["quantifier-strengthened"],
  },
  {
    why: "many ↔ numerous is wording",
    reference: "Many residents left the town.",
    derivative: "Numerous residents left the town.",
    expectCodes: [],
  },
  {
    why: "both → the two is a count, not a scope change",
    reference: "Officials from both countries met in Geneva.",
    derivative: "Officials from the two countries met in Geneva.",
    expectCodes: [],
  },
  {
    why: "every dropped for a bare plural is not reported",
    reference: "Every district reported flooding.",
    derivative: "Districts across the province reported flooding.",
    expectCodes: [],
  },
]);

runTable("detectModalChange", detectModalChange, [
  {
    why: "will → may adds a hedge",
    reference: "The treaty will be signed next month.",
    derivative: "The treaty may be signed next month.",
    expectCodes: ["hedge-added"],
  },
  {
    why: "could → will removes a hedge",
    reference: "The treaty could be signed next month.",
    derivative: "The treaty will be signed next month.",
    expectCodes: ["hedge-removed"],
  },
  {
    why: "could be reached → was reached removes a hedge",
    reference: "A deal could be reached this week, diplomats said.",
    derivative: "A deal was reached this week, diplomats said.",
    expectCodes: ["hedge-removed"],
  },
  {
    why: "was approved → may have been approved adds a hedge",
    reference: "The budget was approved on Monday.",
    derivative: "The budget may have been approved on Monday.",
    expectCodes: ["hedge-added"],
  },
  {
    why: "could → might is the same certainty",
    reference: "The talks could collapse, two diplomats said.",
    derivative: "The talks might collapse, two diplomats said.",
    expectCodes: [],
  },
  {
    why: "reported speech: said it would → says it will",
    reference: "The president said he would not sign the bill.",
    derivative: "The president says he will not sign the bill.",
    expectCodes: [],
  },
  {
    why: "the same modal on both sides",
    reference: "An expansion would largely be symbolic, the sources said.",
    derivative: "An expansion would largely be symbolic.",
    expectCodes: [],
  },
  {
    why: "a modal in a part the derivative does not carry",
    reference: "The plant will close in June and could reopen next year.",
    derivative: "The plant will close in June.",
    expectCodes: [],
  },
]);

runTable("detectStanceChange", detectStanceChange, [
  {
    why: "reportedly added while the credit is kept",
    reference: "The plant will close in June, the company said.",
    derivative: "The plant will reportedly close in June, the company said.",
    expectCodes: ["hedge-added"],
  },
  {
    why: "a hedge adverb dropped",
    reference: "The vote was apparently delayed by the storm.",
    derivative: "The vote was delayed by the storm.",
    expectCodes: ["hedge-removed"],
  },
  {
    why: "clearly added is a booster",
    reference: "The plan has been approved, the spokesman said.",
    derivative: "The plan has clearly been approved, the spokesman said.",
    expectCodes: ["booster-added"],
  },
  {
    why: "definitely dropped is a booster removed",
    reference: "The plan has definitely been approved.",
    derivative: "The plan has been approved.",
    expectCodes: ["booster-removed"],
  },
  {
    why: "one hedge swapped for another",
    reference: "The vote was apparently delayed by the storm.",
    derivative: "The vote was reportedly delayed by the storm.",
    expectCodes: [],
  },
  {
    why: "reportedly replacing the credit keeps the claim sourced",
    reference: "The plant will close in June, the company said.",
    derivative: "The plant will reportedly close in June.",
    expectCodes: [],
  },
  {
    why: "a hedging adjective naming a new thing",
    reference: "The minister eyes bringing two provinces into the pact.",
    derivative: "The minister is exploring a potential expansion of the pact.",
    expectCodes: [],
  },
  {
    why: "a hedge on a part the derivative does not carry",
    reference:
      "Officials expect the expansion to be largely symbolic and focused on trade.",
    derivative: "Officials expect the expansion to focus on trade.",
    expectCodes: [],
  },
]);

runTable("detectImportanceChange", detectImportanceChange, [
  {
    why: "'barely' → 'only slightly' is the same downplaying",
    reference: "The land is barely wider than the road in many stretches.",
    derivative: "The terrain is only slightly wider than the road in many sections.",
    expectCodes: [],
  },
  {
    why: "suspended → put an end to: a pause made final",
    reference: "The court on Friday suspended a $736 million deal.",
    derivative: "The court on Friday put an end to a $736 million deal.",
    expectCodes: ["importance-raised"],
  },
  {
    why: "help address a problem → help bring an end to it",
    reference: "The ministry said it would help address power blackouts.",
    derivative: "The minister said it would help bring an end to power outages.",
    expectCodes: ["importance-raised"],
  },
  {
    why: "measured → estimated weakens how the figure is known",
    reference: "Scientists measured the loss at 40 tonnes a year.",
    derivative: "Scientists estimated the loss at 40 tonnes a year.",
    expectCodes: ["importance-lowered"],
  },
  {
    why: "a potential candidate → the top candidate",
    reference: "Azerbaijan is seen as a potential candidate.",
    derivative: "Azerbaijan is seen as the top candidate.",
    expectCodes: ["importance-raised"],
  },
  {
    why: "has agreed to ↔ has decided to is the same step",
    reference: "The government has agreed to lift the ban.",
    derivative: "The government has decided to lift the ban.",
    expectCodes: [],
  },
  {
    why: "suspended ↔ halted is wording",
    reference: "Germany suspended arms exports.",
    derivative: "Germany halted arms exports.",
    expectCodes: [],
  },
  {
    why: "a sinking island → a submerged island",
    reference: "They hope to keep ties to their sinking island home.",
    derivative: "They hope to keep ties to their submerged island.",
    expectCodes: ["importance-raised"],
  },
  {
    why: "key → possible lowers importance",
    reference: "The border dispute is a key obstacle to the deal.",
    derivative: "The border dispute is a possible obstacle to the deal.",
    expectCodes: ["importance-lowered"],
  },
  {
    why: "slowed → halted raises importance",
    reference: "The storm slowed shipping in the strait.",
    derivative: "The storm halted shipping in the strait.",
    expectCodes: ["importance-raised"],
  },
  {
    why: "weighs → decided raises importance",
    reference: "The council weighs a new tax on imports.",
    derivative: "The council decided on a new tax on imports.",
    expectCodes: ["importance-raised"],
  },
  {
    why: "condemned → criticised lowers importance",
    reference: "The ministry condemned the strike.",
    derivative: "The ministry criticised the strike.",
    expectCodes: ["importance-lowered"],
  },
  {
    why: "minor added to a bare noun lowers importance",
    reference: "The dispute is an obstacle to the deal.",
    derivative: "The dispute is a minor obstacle to the deal.",
    expectCodes: ["importance-lowered"],
  },
  {
    why: "key ↔ major are synonyms",
    reference: "The port is a key hub for grain exports.",
    derivative: "The port is a major hub for grain exports.",
    expectCodes: [],
  },
  {
    why: "an adjective before a name is an epithet",
    reference: "The talks revisited the Geneva Convention.",
    derivative: "The talks revisited the historic Geneva Convention.",
    expectCodes: [],
  },
  {
    why: "considers ↔ weighs are the same step",
    reference: "The council considers a new tax.",
    derivative: "The council weighs a new tax.",
    expectCodes: [],
  },
]);

runTable("detectRangeChange", detectRangeChange, [
  {
    why: "months or even weeks → weeks",
    reference: "A deal could be reached within months or even weeks.",
    derivative: "A deal could be reached within weeks.",
    expectCodes: ["range-narrowed"],
  },
  {
    why: "weeks → weeks or months",
    reference: "The work will be finished within weeks.",
    derivative: "The work will be finished within weeks or months.",
    expectCodes: ["range-widened"],
  },
  {
    why: "between 10 and 20 → 20",
    reference: "Between 10 and 20 people were injured in the blast.",
    derivative: "20 people were injured in the blast.",
    expectCodes: ["range-narrowed"],
  },
  {
    why: "20 → between 10 and 20",
    reference: "20 people were injured in the blast.",
    derivative: "Between 10 and 20 people were injured in the blast.",
    expectCodes: ["range-widened"],
  },
  {
    why: "months or even weeks ↔ months, even weeks",
    reference: "A deal could be reached within months or even weeks.",
    derivative: "A deal could be reached within months, even weeks.",
    expectCodes: [],
  },
  {
    why: "two years listed are not a range",
    reference: "The pacts were signed in 2020 and 2021.",
    derivative: "The first pacts were signed in 2020.",
    expectCodes: [],
  },
]);

runTable("detectSuperlativeChange", detectSuperlativeChange, [
  {
    why: "a scope a few words before the superlative still counts",
    reference: "Tuvalu is one of the countries at greatest risk from climate change.",
    derivative: "Tuvalu stands as one of the most vulnerable nations facing climate change.",
    expectCodes: [],
  },
  {
    why: "first → only claims more",
    reference: "Among them is the country's first female forklift driver.",
    derivative: "Among them is the country's only female forklift operator.",
    expectCodes: ["superlative-widened"],
  },
  {
    why: "one of the largest → the largest",
    reference: "The bridge is one of the largest in the region.",
    derivative: "The bridge is the largest in the region.",
    expectCodes: ["superlative-widened"],
  },
  {
    why: "the largest → one of the largest",
    reference: "The bridge is the largest in the region.",
    derivative: "The bridge is one of the largest in the region.",
    expectCodes: ["superlative-narrowed"],
  },
  {
    why: "among the most serious kept",
    reference: "The talks are among the most serious in years.",
    derivative: "The talks rank among the most serious in years.",
    expectCodes: [],
  },
]);

runTable("detectConditionChange", detectConditionChange, [
  {
    why: "the clause the condition governs was dropped with it",
    reference: "The group sparked anger for another proposed project to lease the main airport for 30 years in exchange for expanding it.",
    derivative: "The group is already facing anger over another proposed project.",
    expectCodes: [],
  },
  {
    why: "an if-clause dropped",
    reference:
      "The bank will lend the money if the government agrees to reforms, officials said.",
    derivative: "The bank will lend the money, officials said.",
    expectCodes: ["condition-removed"],
  },
  {
    why: "a precondition whose words the derivative keeps",
    reference:
      "The alliance considers a border treaty a precondition to join the bloc.",
    derivative: "The alliance wants the country to join the bloc.",
    expectCodes: [],
  },
  {
    why: "a condition added",
    reference: "The bank will lend the money, officials said.",
    derivative:
      "The bank will lend the money if the government agrees to reforms, officials said.",
    expectCodes: ["condition-added"],
  },
  {
    why: "the same condition reworded",
    reference:
      "The bank will lend the money if the government agrees to reforms.",
    derivative:
      "The bank will lend the money provided the government agrees to reforms.",
    expectCodes: [],
  },
  {
    why: "a condition merged from another reference sentence",
    reference: "A deal could be signed within weeks.",
    context: [
      "The alliance considers a border treaty with Vesta a precondition to any deal.",
    ],
    derivative:
      "A deal could be signed within weeks, provided Norland finalises a border treaty with Vesta.",
    expectCodes: [],
  },
]);

runTable("detectAttributionPresence", detectAttributionPresence, [
  {
    why: "the source kept with another verb: 'said' → 'ruled'",
    reference: "The high court said the government could not proceed with the deal.",
    derivative: "The high court ruled that the government cannot proceed with the deal.",
    expectCodes: [],
  },
  {
    why: "the source kept as a noun phrase: 'amid promises from the ministry'",
    reference: "The energy ministry said it would help end blackouts.",
    derivative: "The deal was signed amid promises from the energy ministry that it would help end blackouts.",
    expectCodes: [],
  },
  {
    why: "a generic word is not the reference's source",
    reference: "Prices will rise next year, foreign affairs officials said.",
    derivative: "Prices will rise next year for officials.",
    expectCodes: ["attribution-dropped"],
  },
  {
    why: "the credit dropped: a sourced figure reads as fact",
    reference: "About 300 people died in the floods, the ministry said.",
    derivative: "About 300 people died in the floods.",
    expectCodes: ["attribution-dropped"],
  },
  {
    why: "a vague crowd credited for a plain claim",
    reference: "The bank will lend the money.",
    derivative: "The bank will lend the money, according to media reports.",
    expectCodes: ["attribution-added"],
  },
  {
    why: "officials → media reports",
    reference: "The bank will lend the money, officials said.",
    derivative: "The bank will lend the money, according to media reports.",
    expectCodes: ["attribution-added"],
  },
  {
    why: "another outlet credited for a plain claim",
    reference: "The bank will lend the money.",
    derivative: "The bank will lend the money, according to The Daily Courier.",
    expectCodes: ["attribution-added"],
  },
  {
    why: "said → says",
    reference: "The ministry said 300 people died in the floods.",
    derivative: "The ministry says 300 people died in the floods.",
    expectCodes: [],
  },
  {
    why: "crediting the reference outlet is faithful",
    reference: "The plan was approved last week.",
    derivative: "The plan was approved last week, Reuters reported.",
    expectCodes: [],
  },
  {
    why: "sources added to a plain claim is faithful",
    reference: "The bank will lend the money.",
    derivative: "The bank will lend the money, sources said.",
    expectCodes: [],
  },
  {
    why: "the credit in the sentence before",
    reference: "The envoy met the minister in March, two sources said.",
    before: ["The talks began last year, two sources told the newspaper."],
    derivative: "The envoy met the minister in March.",
    expectCodes: [],
  },
  {
    why: "a credit two sentences back does not carry over",
    reference: "The envoy met the minister in March, two sources said.",
    before: [
      "The talks began last year, two sources told the newspaper.",
      "Later in the spring, an aide visited the capital.",
    ],
    derivative: "The envoy met the minister in March.",
    expectCodes: ["attribution-dropped"],
  },
  {
    why: "an agentless reporting passive",
    reference: "Two sources described the talks as advanced.",
    derivative: "The talks are described as advanced.",
    expectCodes: [],
  },
  {
    why: "a reporting verb whose subject the features missed",
    reference: "The ministry said the plan is a priority.",
    derivative:
      "The ministry, while declining to name countries, said the plan is a priority.",
    expectCodes: [],
  },
]);

runTable("detectSourceChange", detectSourceChange, [
  {
    why: "the ministry → the minister: an institution and its head differ",
    reference: "The energy ministry said it had run a bidding process.",
    derivative: "The energy minister said it had held a bidding process.",
    expectCodes: ["attribution-changed"],
  },
  {
    why: "the ministry → the ministry, in other words",
    reference: "The energy ministry said it had run a bidding process.",
    derivative: "The energy ministry stated that it had held a bidding process.",
    expectCodes: [],
  },
  {
    why: "sources → officials",
    reference: "The plan was approved last week, sources said.",
    derivative: "The plan was approved last week, officials said.",
    expectCodes: ["attribution-changed"],
  },
  {
    why: "aides → campaign staff",
    reference: "The candidate will skip the debate, aides said.",
    derivative: "The candidate will skip the debate, campaign staffers said.",
    expectCodes: ["attribution-changed"],
  },
  {
    why: "one named person → another",
    reference: "Anna Berg said the talks would resume.",
    derivative: "Joseph Brandt said the talks would resume.",
    expectCodes: ["attribution-changed"],
  },
  {
    why: "an unnamed source given a name",
    reference: "The talks will resume, a senior official said.",
    derivative: "The talks will resume, Finance Minister Maria Lopez said.",
    expectCodes: ["attribution-changed"],
  },
  {
    why: "people familiar ↔ sources familiar",
    reference: "The plan was approved, people familiar with the matter said.",
    derivative: "The plan was approved, sources familiar with the matter said.",
    expectCodes: [],
  },
  {
    why: "sources said → sources told the reference outlet",
    reference: "The plan was approved, sources said.",
    derivative: "The plan was approved, sources told Reuters.",
    expectCodes: [],
  },
  {
    why: "full name → surname",
    reference: "Steve Harlan said the talks would resume.",
    derivative: "Harlan said the talks would resume.",
    expectCodes: [],
  },
]);

runTable("detectAttributionDoubt", detectAttributionDoubt, [
  {
    why: "said → alleged",
    reference: "The minister said the vote was rigged.",
    derivative: "The minister alleged the vote was rigged.",
    expectCodes: ["attribution-doubting"],
  },
  {
    why: "said → claimed is a synonym in news prose, not doubt",
    reference: "The ministry said previously that it had run a bidding process.",
    derivative: "The ministry previously claimed that it had run a bidding process.",
    expectCodes: [],
  },
  {
    why: "without evidence added",
    reference: "The minister said the vote was rigged.",
    derivative:
      "The minister said, without evidence, that the vote was rigged.",
    expectCodes: ["attribution-doubting"],
  },
  {
    why: "claimed on both sides",
    reference: "The minister claimed the vote was rigged.",
    derivative: "The minister claimed that the vote was rigged.",
    expectCodes: [],
  },
]);

runTable("detectSourceCountChange", detectSourceCountChange, [
  {
    why: "five sources → three sources",
    reference: "The plan was approved last week, five sources said.",
    derivative: "The plan was approved last week, three sources said.",
    expectCodes: ["source-count-changed"],
  },
  {
    why: "three of the sources ↔ three sources",
    reference: "The plan was approved, three of the sources said.",
    derivative: "The plan was approved, three sources said.",
    expectCodes: [],
  },
]);

runTable("detectNumberChange", detectNumberChange, [
  {
    why: "40 homes → 60 homes",
    reference: "The fire destroyed 40 homes, the mayor said.",
    derivative: "The fire destroyed 60 homes, the mayor said.",
    expectCodes: ["number-changed"],
  },
  {
    why: "another year",
    reference: "The dam was completed in 2019.",
    derivative: "The dam was completed in 2018.",
    expectCodes: ["number-changed"],
  },
  {
    why: "four countries → several countries",
    reference: "Four countries signed the agreement.",
    derivative: "Several countries signed the agreement.",
    expectCodes: ["number-vaguer"],
  },
  {
    why: "four rich states → several rich nations (same words after the figure)",
    reference: "Four oil-rich states signed the agreement.",
    derivative: "Several oil-rich nations signed the agreement.",
    expectCodes: ["number-vaguer"],
  },
  {
    why: "300 people → dozens of people",
    reference: "The ministry said 300 people died.",
    derivative: "The ministry said dozens of people died.",
    expectCodes: ["number-vaguer"],
  },
  {
    why: "exact → about",
    reference: "The attack killed 12 people, police said.",
    derivative: "The attack killed about 12 people, police said.",
    expectCodes: ["number-vaguer"],
  },
  {
    why: "over 60,000 → 60,000",
    reference: "Over 60,000 people have been displaced.",
    derivative: "60,000 people have been displaced.",
    expectCodes: ["number-qualifier-changed"],
  },
  {
    why: "about 100,000 → 100,000",
    reference: "About 100,000 people fled the region.",
    derivative: "100,000 people fled the region.",
    expectCodes: ["number-qualifier-changed"],
  },
  {
    why: "over ↔ more than",
    reference: "Over 60,000 people have been displaced.",
    derivative: "More than 60,000 people have been displaced.",
    expectCodes: [],
  },
  {
    why: "five ↔ 5",
    reference: "Five people were arrested.",
    derivative: "5 people were arrested.",
    expectCodes: [],
  },
  {
    why: "a figure merged from elsewhere in the reference",
    reference: "The fire destroyed 40 homes.",
    context: ["Firefighters said 60 homes were damaged."],
    derivative: "The fire destroyed 60 homes.",
    expectCodes: [],
  },
  {
    why: "a source count is left to source-count-changed",
    reference: "The plan was approved, five sources said.",
    derivative: "The plan was approved, three sources said.",
    expectCodes: [],
  },
]);

runTable("detectTimeChange", detectTimeChange, [
  {
    why: "a fortnight ago → about a week ago",
    reference: "He arrived in Australia a fortnight ago.",
    derivative: "He arrived in Australia about a week ago.",
    expectCodes: ["time-changed"],
  },
  {
    why: "a fortnight ago ↔ two weeks ago is the same span",
    reference: "He arrived in Australia a fortnight ago.",
    derivative: "He arrived in Australia two weeks ago.",
    expectCodes: [],
  },
  {
    why: "in March → in May",
    reference: "The envoy travelled to Lisbon in March.",
    derivative: "The envoy travelled to Lisbon in May.",
    expectCodes: ["time-changed"],
  },
  {
    why: "on Tuesday → on Thursday",
    reference: "The committee voted on Tuesday.",
    derivative: "The committee voted on Thursday.",
    expectCodes: ["time-changed"],
  },
  {
    why: "in March → in mid-March",
    reference: "The envoy travelled to Lisbon in March.",
    derivative: "The envoy travelled to Lisbon in mid-March.",
    expectCodes: [],
  },
  {
    why: "a date only one side gives",
    reference: "The committee voted last week.",
    derivative: "The committee voted on Tuesday.",
    expectCodes: [],
  },
]);

runTable("detectEntityChange", detectEntityChange, [
  {
    why: "one person → another",
    reference: "The envoy met Maria Santos in Lisbon.",
    derivative: "The envoy met Joseph Pereira in Lisbon.",
    expectCodes: ["entity-changed"],
  },
  {
    why: "one city → another",
    reference: "The envoy met the minister in Lisbon.",
    derivative: "The envoy met the minister in Madrid.",
    expectCodes: ["entity-changed"],
  },
  {
    why: "full name → surname",
    reference: "The envoy met Anna Berg in Lisbon.",
    derivative: "The envoy met Berg in Lisbon.",
    expectCodes: [],
  },
  {
    why: "a country → its demonym",
    reference: "The envoy met officials in Norway.",
    derivative: "The envoy met Norwegian officials.",
    expectCodes: [],
  },
  {
    why: "a place named elsewhere in the reference (capital for country)",
    reference: "The envoy travelled to Portugal on Monday.",
    context: ["The ministry is based in Lisbon, the capital of Portugal."],
    derivative: "The envoy travelled to Lisbon on Monday.",
    expectCodes: [],
  },
]);

runTable("detectNegationFlip", detectNegationFlip, [
  {
    why: "'barely wider' ↔ 'not much wider' is one meaning",
    reference: "The land is barely wider than the road in many stretches.",
    derivative: "In many places the island is not much wider than a road.",
    expectCodes: [],
  },
  {
    why: "would not recognize → would recognize",
    reference: "The kingdom said it would not recognize the new government.",
    derivative: "The kingdom said it would recognize the new government.",
    expectCodes: ["negation-flip"],
  },
  {
    why: "approved → not approved",
    reference: "The plan has been approved.",
    derivative: "The plan has not been approved.",
    expectCodes: ["negation-flip"],
  },
  {
    why: "did not respond ↔ declined to comment",
    reference: "The embassy did not respond to a request for comment.",
    derivative: "The embassy declined to comment.",
    expectCodes: [],
  },
  {
    why: "won't ↔ will not",
    reference: "The union won't sign the deal.",
    derivative: "The union will not sign the deal.",
    expectCodes: [],
  },
  {
    why: "not clear ↔ unclear",
    reference: "It was not clear which towns were hit.",
    derivative: "It remains unclear which towns were hit.",
    expectCodes: [],
  },
  {
    why: "did not respond → did respond: a non-response is an event, and its opposite contradicts it",
    reference: "The company did not respond to a request for comment.",
    derivative: "The company did respond to a request for comment.",
    expectCodes: ["negation-flip"],
  },
  {
    why: "not known → known is left to detect-unknown-contradicted (ignorance, not an event)",
    reference: "It is not known who else was asked.",
    derivative: "It is known who else was asked.",
    expectCodes: [],
  },
]);

runTable("detectAntonymFlip", detectAntonymFlip, [
  {
    why: "less costly → more costly",
    reference: "The new route is less costly than the old one.",
    derivative: "The new route is more costly than the old one.",
    expectCodes: ["antonym-flip"],
  },
  {
    why: "rose → fell",
    reference: "Prices rose sharply in the capital last month.",
    derivative: "Prices fell sharply in the capital last month.",
    expectCodes: ["antonym-flip"],
  },
  {
    why: "approved → rejected",
    reference: "The committee approved the merger on Tuesday.",
    derivative: "The committee rejected the merger on Tuesday.",
    expectCodes: ["antonym-flip"],
  },
  {
    why: "allies → rivals",
    reference: "The two countries are close allies.",
    derivative: "The two countries are close rivals.",
    expectCodes: ["antonym-flip"],
  },
  {
    why: "less costly → costly",
    reference: "The new route is less costly than the old one.",
    derivative: "The new route is costly.",
    expectCodes: ["antonym-flip"],
  },
  {
    why: "did not win ↔ lost",
    reference: "The party did not win the vote.",
    derivative: "The party lost the vote.",
    expectCodes: [],
  },
  {
    why: "opposites in different clauses",
    reference: "Exports rose in May while the currency weakened.",
    derivative: "Exports rose in May, and imports fell in June.",
    expectCodes: [],
  },
  {
    why: "fewer than 100 is a bound, not a comparison",
    reference: "Fewer than 100 people attended.",
    derivative: "About 100 people attended.",
    expectCodes: [],
  },
]);

runTable("detectQuoteChange", detectQuoteChange, [
  {
    why: "a single-quoted rewording of the aligned sentence's quotation is a changed quotation, not a new one",
    reference: 'The law society has argued that the deal is "a constitutional sham" and "tainted with secrecy".',
    derivative: "The law society contends that the deal is 'a constitutional sham' and 'marred by secrecy'.",
    expectCodes: ["quote-words-changed"],
  },
  {
    why: "curly and straight apostrophes are the same quotation",
    reference: "“We won't give up our land,” the governor said.",
    derivative: '"We won’t give up our land," the governor said.',
    expectCodes: [],
  },
  {
    why: "a word inside the quotation changed",
    reference: "“We will not give up our land,” the governor said.",
    derivative: "“We will never give up our land,” the governor said.",
    expectCodes: ["quote-words-changed"],
  },
  {
    why: "the same words credited to another speaker",
    reference: "“We will not give up our land,” said Governor Anna Weber.",
    derivative:
      "“We will not give up our land,” said Joseph Brandt, the opposition leader.",
    expectCodes: ["quote-speaker-changed"],
  },
  {
    why: "a continued quotation keeps its speaker",
    reference: "“And it is very close.”",
    context: ["“We worked hard on this deal,” Anna Weber told reporters."],
    derivative: "Joseph Brandt insists the sides are “very close.”",
    expectCodes: ["quote-speaker-changed"],
  },
  {
    why: "the reference's paraphrase put in quotation marks",
    reference: "The mayor said the new tunnel would cut travel times in half.",
    derivative:
      "“The new tunnel will cut travel times in half,” the mayor said.",
    expectCodes: ["quote-fabricated-from-paraphrase"],
  },
  {
    why: "a quotation nowhere in the reference, from an unnamed official",
    reference: "The mayor said the tunnel would open next year.",
    derivative:
      "“We are proud of this tunnel and what it means,” a city official said.",
    expectCodes: ["quote-invented"],
  },
  {
    why: "a quotation nowhere in the reference, from a named expert",
    reference: "The mayor said the tunnel would open next year.",
    derivative:
      "“We are proud of this tunnel and what it means,” said Maria Lopez, a local historian.",
    expectCodes: ["quote-added-external"],
  },
  {
    why: "the same quotation told to the reference outlet",
    reference: "“We are working hard on this,” said a senior official.",
    derivative:
      "“We are working hard on this,” a senior official told Reuters.",
    expectCodes: [],
  },
  {
    why: "an excerpt of a longer quotation",
    reference:
      "“We are working to get more countries to join, and we expect progress soon,” the minister said.",
    derivative:
      "The minister said they are “working to get more countries to join.”",
    expectCodes: [],
  },
  {
    why: "the reference's own words credited to the report",
    reference: "The mayor said the new tunnel would cut travel times in half.",
    derivative:
      "“The new tunnel would cut travel times in half,” according to the report.",
    expectCodes: [],
  },
  {
    why: "a short scare quote",
    reference: "The ministry described the plan as a reset.",
    derivative: "The ministry called it a “reset” of relations.",
    expectCodes: [],
  },
  {
    why: "an ellipsis skips words",
    reference:
      "“We will build the road, and we will finish it this year,” the governor said.",
    derivative: "“We will build the road … this year,” the governor said.",
    expectCodes: [],
  },
]);

runTable("detectReferenceAttribution", detectReferenceAttribution, [
  {
    why: "a figure credited to the reference outlet that it never gave",
    reference: "The mayor said the tunnel would open next year.",
    derivative:
      "The mayor told Reuters the tunnel, which cost 400 million euros, would open next year.",
    expectCodes: ["reference-attribution-invented"],
  },
  {
    why: "a correct credit to the reference outlet",
    reference: "The mayor said the tunnel would open next year.",
    derivative: "The tunnel will open next year, the mayor told Reuters.",
    expectCodes: [],
  },
  {
    why: "the reporter's byline is not an invented name",
    reference: "The mayor said the tunnel would open next year.",
    derivative:
      "According to a Reuters report by Joseph Brandt, the tunnel will open next year.",
    expectCodes: [],
  },
]);

const UNKNOWN_CLAIM =
  "The regional office contacted several districts, including Aldmoor, officials said.";
const UNKNOWN_STATEMENT =
  "It was not clear which other districts - which include Brinford, Calder and Dunmere - were contacted.";

runTable("detectUnknownContradicted", detectUnknownContradicted, [
  {
    why: "names what the reference lists only as unknown candidates",
    reference: UNKNOWN_CLAIM,
    after: [UNKNOWN_STATEMENT],
    derivative:
      "The regional office contacted Aldmoor, Brinford and Calder, officials said.",
    expectCodes: ["unknown-contradicted"],
  },
  {
    why: "asserts the unknown with also",
    reference: UNKNOWN_CLAIM,
    after: ["It was not clear which other districts were contacted."],
    derivative: "Other districts were also contacted, officials said.",
    expectCodes: ["unknown-contradicted"],
  },
  {
    why: "the unknown sentence itself, named",
    reference: UNKNOWN_STATEMENT,
    derivative: "Brinford and Calder were contacted as well.",
    expectCodes: ["unknown-contradicted"],
  },
  {
    why: "keeps the ignorance",
    reference: UNKNOWN_STATEMENT,
    derivative:
      "It is unclear which other districts, such as Brinford or Calder, have been approached.",
    expectCodes: [],
  },
  {
    why: "hedged, so nothing is asserted",
    reference: UNKNOWN_CLAIM,
    after: [UNKNOWN_STATEMENT],
    derivative: "The office may also have contacted Brinford, officials said.",
    expectCodes: [],
  },
  {
    why: "a known candidate named",
    reference: UNKNOWN_CLAIM,
    after: [UNKNOWN_STATEMENT],
    derivative: "The regional office contacted Aldmoor, officials said.",
    expectCodes: [],
  },
  {
    why: "a statement of ignorance far from the aligned sentence",
    reference: "The office opened a branch in Brinford last year.",
    after: [
      "The mayor welcomed the decision.",
      "Farmers praised the new roads.",
      UNKNOWN_STATEMENT,
    ],
    derivative: "The office opened a branch in Brinford last year.",
    expectCodes: [],
  },
]);

runTable("detectClaimStrengthChange", detectClaimStrengthChange, [
  {
    why: "correlation written up as causation is raised",
    reference: "Coffee drinking is linked to longer life.",
    derivative: "Coffee drinking makes people live longer.",
    expectCodes: ["claim-strength-raised"],
  },
  {
    why: "a conditional cause stated as a cause is raised",
    reference: "Exercise may reduce the risk of dementia.",
    derivative: "Exercise reduces the risk of dementia.",
    expectCodes: ["claim-strength-raised"],
  },
  {
    why: "a cause reported as a correlation is lowered",
    reference: "Smoking causes lung cancer.",
    derivative: "Smoking is associated with lung cancer.",
    expectCodes: ["claim-strength-lowered"],
  },
  {
    why: "the same strength in other words",
    reference: "Obesity is linked to a higher risk of stroke.",
    derivative: "Obesity is associated with a greater risk of stroke.",
    expectCodes: [],
  },
  {
    why: "a causal clause dropped is an omission, not a softening",
    reference: "The island is at risk because of rising seas.",
    derivative: "The island lies in the Pacific.",
    expectCodes: [],
  },
]);

runTable("detectNoCommentContradicted", detectNoCommentContradicted, [
  {
    why: "did not respond → quoted",
    reference: "The court suspended the deal on Friday.",
    after: ["Adani did not respond to a request for comment."],
    derivative: "Adani called the ruling “rushed and reckless”.",
    expectCodes: ["no-comment-contradicted"],
  },
  {
    why: "declined to comment → reported statement",
    reference: "The ministry suspended the licence.",
    after: ["The company declined to comment."],
    derivative: "The company said it would appeal the decision.",
    expectCodes: ["no-comment-contradicted"],
  },
  {
    why: "could not be reached → a spokesperson quoted",
    reference: "The plant was closed.",
    after: ["A spokesperson for Northwind could not be reached."],
    derivative: "“We will reopen soon,” Northwind said.",
    expectCodes: ["no-comment-contradicted"],
  },
  {
    why: "the no-comment kept",
    reference: "The plant was closed.",
    after: ["Northwind did not respond to a request for comment."],
    derivative: "Northwind did not immediately respond to a request for comment, the report said.",
    expectCodes: [],
  },
  {
    why: "the reference quotes the party elsewhere, so its words may come from there",
    reference: "“We followed the law,” Northwind said in March.",
    after: ["Northwind did not respond to a request for comment on Friday."],
    derivative: "Northwind said it followed the law.",
    expectCodes: [],
  },
  {
    why: "someone else quoted",
    reference: "The plant was closed.",
    after: ["Northwind declined to comment."],
    derivative: "“It was rushed,” the mayor said.",
    expectCodes: [],
  },
]);

// A small story: the inference test reads the whole reference's vocabulary.
const STORY = [
  "The court suspended the power deal on Friday.",
  "The law society said the deal was signed in secret.",
  "The ministry said it had run a competitive bidding process.",
  "The company did not respond to a request for comment.",
  "The deal covers transmission lines for 30 years.",
];

runTable("detectInferenceAdded", detectInferenceAdded, [
  {
    why: "an interpretation attached to a faithful clause",
    reference: "The ministry said it had run a competitive bidding process.",
    context: STORY,
    derivative:
      "While the ministry said it ran a competitive bidding process, the critics' claims highlight wider worries over transparency and adherence to legal protocols.",
    expectCodes: ["added-material"],
  },
  {
    why: "a new clause credited to unnamed insiders is invented sourcing",
    reference: "The court suspended the power deal on Friday.",
    context: STORY,
    derivative:
      "The court suspended the power deal on Friday, a move officials say could reshape regional electricity markets for years.",
    expectCodes: ["sourcing-invented"],
  },
  {
    why: "a new clause credited to an outside voice stays added material",
    reference: "The court suspended the power deal on Friday.",
    context: STORY,
    derivative:
      "The court suspended the power deal on Friday, a move analysts say could reshape regional electricity markets for years.",
    expectCodes: ["added-material"],
  },
  {
    why: "a reworded clause keeps enough of the reference's words",
    reference: "The court suspended the power deal on Friday.",
    context: STORY,
    derivative: "On Friday, the court put the power deal on hold, pending a ruling on the law society case.",
    expectCodes: [],
  },
  {
    why: "a short qualifier is not a claim of its own",
    reference: "The court suspended the power deal on Friday.",
    context: STORY,
    derivative: "The court suspended the power deal on Friday, a major blow.",
    expectCodes: [],
  },
  {
    why: "against a single reference sentence every rewording looks new, so nothing is said",
    reference: "Exercise may reduce the risk of dementia.",
    derivative: "Regular brisk walking could protect ageing brains against cognitive decline, researchers believe.",
    expectCodes: [],
  },
]);
