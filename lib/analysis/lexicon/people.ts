/**
 * Cues that a capitalised name is a person: titles and a short list of frequent given names
 * across languages. A cue list, not a census: a name missing here is typed by other cues
 * (a title, a reporting verb, an appositive role) or falls back to "other".
 */
import { toWordSet } from "./common";

/** Titles written before a name ("President Ilham Aliyev", "Mr. Smith"), lower-case, one or more words. */
export const PERSON_TITLES: readonly string[] = [
  "president",
  "vice president",
  "prime minister",
  "deputy prime minister",
  "minister",
  "foreign minister",
  "defence minister",
  "defense minister",
  "finance minister",
  "interior minister",
  "secretary",
  "secretary of state",
  "secretary-general",
  "secretary general",
  "chancellor",
  "king",
  "queen",
  "prince",
  "crown prince",
  "princess",
  "sheikh",
  "emir",
  "sultan",
  "pope",
  "senator",
  "sen",
  "representative",
  "rep",
  "congressman",
  "congresswoman",
  "governor",
  "gov",
  "mayor",
  "general",
  "gen",
  "lieutenant",
  "colonel",
  "col",
  "admiral",
  "major",
  "captain",
  "commander",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "professor",
  "ambassador",
  "envoy",
  "special envoy",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "director",
  "judge",
  "justice",
  "speaker",
  "leader",
  "premier",
  "chief",
  "analyst",
  "scholar",
  "economist",
  "author",
  "journalist",
  "reporter",
  "editor",
  "lawyer",
  "attorney",
  "archbishop",
  "bishop",
  "rabbi",
  "imam",
  "ayatollah",
  "supreme leader",
];

/** The most words a PERSON_TITLES entry has. */
export const MAX_TITLE_WORDS = 3;

/** PERSON_TITLES as a Set for lookups. */
export const PERSON_TITLE_SET: ReadonlySet<string> = new Set(PERSON_TITLES);

/** Frequent given names (lower-case). */
export const GIVEN_NAMES = toWordSet(`
  aaron abdul abdullah adam ahmed ahmad ali alan alex alexander alexei alice amir amy andrea andrew
  andrzej angela anna anne anthony antonio ashraf barack ben benjamin bernie bill boris brian carlos
  catherine charles chris christopher daniel david dmitry donald ed edward elena elizabeth emily
  emmanuel eric fatima francois françois frank friedrich george giorgia gordon hassan hillary
  hussein ibrahim igor ilham isaac ivan jack jacob james jane jason javier jean jeff jennifer
  jessica jim joe johann john jonathan jose josé joseph juan julia justin karen karim kamala kevin
  khalid kim laura leila li lisa mahmoud marco maria marie mario mark martin mary matthew maria
  michael michel mike mikhail mohammed mohammad muhammad nancy naftali narendra nathan nicolas nikita
  nikolai olaf olga omar oleg paul pedro peter rachel ramzan recep richard robert ron sam samuel
  sarah sergei sergey shinzo stephen steve steven susan thomas tim tom tony ursula viktor
  vladimir volodymyr wang william xi yair yasser yoav yuri yusuf zhang`);
