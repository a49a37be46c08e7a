import fc from "fast-check";
import { en } from "../../src/i18n/en";
import { ko } from "../../src/i18n/ko";
import { format, languageFor, messagesFor } from "../../src/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("string catalogues", () => {
  it("have the same keys in Korean and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it.each(Object.keys(ko) as (keyof typeof ko)[])("%s is written in both languages", (key) => {
    expect(ko[key].trim()).not.toBe("");
    expect(en[key].trim()).not.toBe("");
    expect(ko[key]).toMatch(/[가-힣]|ExcelApi/);
    expect(en[key]).not.toMatch(/[가-힣]/);
    expect(placeholders(en[key])).toEqual(placeholders(ko[key]));
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
