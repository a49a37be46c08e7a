import fc from "fast-check";
import { en } from "../../src/i18n/en";
import { ko } from "../../src/i18n/ko";
import { format, languageFor, messagesFor } from "../../src/i18n";
import type { ProblemCode } from "../../src/core/format/problems";

/** Every string of a catalogue by its dotted path ("problems.negative"). */
function flatten(catalogue: object, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === "string") out[prefix + key] = value;
    else Object.assign(out, flatten(value as object, `${prefix}${key}.`));
  }
  return out;
}
const koStrings = flatten(ko);
const enStrings = flatten(en);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("string catalogues", () => {
  it("have the same keys in Korean and English", () => {
    expect(Object.keys(enStrings).sort()).toEqual(Object.keys(koStrings).sort());
  });

  /**
   * English that quotes what is typed in Korean in any workbook (the 하향 formulas, the roles of
   * a 결재란), and separators with no words at all.
   */
  const QUOTES_KOREAN = new Set(["labels.lowerIsBetterFormulaHelp", "labels.approvalBoxHelp"]);
  const NO_WORDS = new Set(["workbook.noRecordMonthsJoin", "workbook.newYearNoteJoin"]);

  it.each(Object.keys(koStrings))("%s is written in both languages", (key) => {
    expect(koStrings[key].trim() || NO_WORDS.has(key)).toBeTruthy();
    expect(enStrings[key].trim()).not.toBe("");
    expect({
      koreanInKorean: /[가-힣]|ExcelApi/.test(koStrings[key]),
      koreanInEnglish: /[가-힣]/.test(enStrings[key]),
    }).toEqual({ koreanInKorean: !NO_WORDS.has(key), koreanInEnglish: QUOTES_KOREAN.has(key) });
    expect(placeholders(enStrings[key])).toEqual(placeholders(koStrings[key]));
  });

  it("has a message for every problem code", () => {
    const codes: Record<ProblemCode, true> = {
      notANumber: true,
      negative: true,
      excelError: true,
      formulaWithoutResult: true,
      notFinite: true,
      percentRescaled: true,
      missingSheet: true,
      missingHeader: true,
      blankTarget: true,
      zeroTarget: true,
      directionFromTarget: true,
      directionContradicts: true,
      unknownWord: true,
      missingTaskNo: true,
      activityWithoutTask: true,
      unknownKpi: true,
      unknownTask: true,
      duplicateRow: true,
      badSetting: true,
      badShares: true,
      badHalfShares: true,
      badDistribution: true,
      duplicateDepartment: true,
      badCommitteeScore: true,
      badWeight: true,
      footerCut: true,
      textCut: true,
    };
    expect(Object.keys(ko.problems).sort()).toEqual(Object.keys(codes).sort());
  });
});

describe("languageFor", () => {
  it("is Korean for Korean locales and when Office gives no language", () => {
    for (const tag of ["ko-KR", "ko", "KO-kr", undefined, null, ""]) {
      expect(languageFor(tag)).toBe("ko");
    }
  });

  it("is English for every other language", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2}(-[A-Z]{2})?$/).filter((tag) => !tag.startsWith("ko")),
        (tag) => languageFor(tag) === "en"
      )
    );
  });

  it("selects the matching catalogue", () => {
    expect(messagesFor(languageFor("ko-KR")).appTitle).toBe(ko.appTitle);
    expect(messagesFor(languageFor("en-US")).appTitle).toBe(en.appTitle);
  });
});

describe("format", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(format("ExcelApi {version}", { version: "1.7" })).toBe("ExcelApi 1.7");
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
