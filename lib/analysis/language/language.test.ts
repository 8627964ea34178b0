import { describe, expect, it } from "vitest";
import { detectLanguage } from "./index";

const rows: Array<{
  why: string;
  text: string;
  code: string;
  name: string;
  isEnglish: boolean;
}> = [
  {
    why: "English news prose is English",
    text: "The city council voted on Tuesday to fund a new harbour bridge, ending ten years of delays over its cost. Officials said work would begin next spring.",
    code: "eng",
    name: "English",
    isEnglish: true,
  },
  {
    why: "French is detected and flagged as not English",
    text: "Le conseil municipal a voté mardi le financement d'un nouveau pont sur le port, mettant fin à dix ans de retards liés à son coût.",
    code: "fra",
    name: "French",
    isEnglish: false,
  },
  {
    why: "German is detected",
    text: "Der Stadtrat hat am Dienstag die Finanzierung einer neuen Hafenbrücke beschlossen und damit zehn Jahre Verzögerungen beendet.",
    code: "deu",
    name: "German",
    isEnglish: false,
  },
  {
    why: "Spanish is detected",
    text: "El consejo municipal votó el martes a favor de financiar un nuevo puente sobre el puerto, tras diez años de retrasos por su coste.",
    code: "spa",
    name: "Spanish",
    isEnglish: false,
  },
  {
    why: "Russian (Cyrillic) is detected",
    text: "Городской совет во вторник проголосовал за финансирование нового моста через гавань, положив конец десяти годам задержек.",
    code: "rus",
    name: "Russian",
    isEnglish: false,
  },
  {
    why: "Kazakh is told apart from Russian by its letters",
    text: "Қала кеңесі сейсенбі күні айлақ арқылы өтетін жаңа көпірді қаржыландыруға дауыс берді, деп хабарлады бірнеше дереккөз.",
    code: "kaz",
    name: "Kazakh",
    isEnglish: false,
  },
  {
    why: "Turkish is detected",
    text: "Belediye meclisi salı günü limana yeni bir köprü yapılmasını onayladı ve maliyet yüzünden yaşanan on yıllık gecikmeye son verdi.",
    code: "tur",
    name: "Turkish",
    isEnglish: false,
  },
  {
    why: "Arabic script maps to Arabic",
    text: "صوت مجلس المدينة يوم الثلاثاء على تمويل جسر جديد فوق الميناء، منهيا عشر سنوات من التأخير بسبب التكلفة.",
    code: "arb",
    name: "Arabic",
    isEnglish: false,
  },
  {
    why: "Han script maps to Chinese",
    text: "市议会周二投票决定为港口新桥提供资金，结束了因成本问题而拖延十年的争论。官员表示，工程将于明年春天开始。",
    code: "cmn",
    name: "Chinese",
    isEnglish: false,
  },
  {
    why: "a headline-only text is too short to judge and is not flagged as foreign",
    text: "Harbour bridge approved",
    code: "und",
    name: "Undetermined",
    isEnglish: true,
  },
  {
    why: "an empty text is undetermined, not foreign",
    text: "",
    code: "und",
    name: "Undetermined",
    isEnglish: true,
  },
  {
    why: "digits and punctuation carry no language",
    text: "2025-08-01 12:00 — 60,000 / 3.5% / 100,000 … 2020–2021 (1991) 2023.",
    code: "und",
    name: "Undetermined",
    isEnglish: true,
  },
];

describe("detectLanguage", () => {
  it.each(rows)("$why", ({ text, code, name, isEnglish }) => {
    const result = detectLanguage(text);
    expect({
      code: result.code,
      name: result.name,
      isEnglish: result.isEnglish,
    }).toEqual({ code, name, isEnglish });
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("is more confident on a long sample than on a short one", () => {
    const sentence =
      "The city council voted on Tuesday to fund a new harbour bridge after years of delays. ";
    expect(detectLanguage(sentence.repeat(20)).confidence).toBeGreaterThan(
      detectLanguage(sentence).confidence,
    );
  });

  it("reads only a bounded sample of a huge text", () => {
    const started = performance.now();
    expect(
      detectLanguage(
        "The bridge opened on Monday and traffic flowed. ".repeat(100_000),
      ).code,
    ).toBe("eng");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("detectLanguage fast path", () => {
  const english =
    "The minister said on Monday that the government would not raise taxes this year, and that the budget was in line with what the party had promised before the election. ";
  const frenchWithEnglishQuote =
    "Le ministre a déclaré lundi que le gouvernement n'augmenterait pas les impôts cette année, et il a cité le rapport « The budget is in line with the plan » devant les députés. ";
  const rows = [
    { why: "long English prose is recognised without franc, at full confidence", text: english.repeat(2), code: "eng", confidence: 1 },
    { why: "French quoting a little English is still French (function words stay rare)", text: frenchWithEnglishQuote.repeat(2), code: "fra", confidence: undefined },
  ];
  it.each(rows)("$why", ({ text, code, confidence }) => {
    const result = detectLanguage(text);
    expect(result.code).toBe(code);
    if (confidence !== undefined) expect(result.confidence).toBe(confidence);
    else expect(result.confidence).toBeLessThan(1);
  });
});
