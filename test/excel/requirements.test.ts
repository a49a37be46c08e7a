import fc from "fast-check";
import {
  NEWEST_KNOWN_EXCEL_API_MINOR,
  detectExcelApiVersion,
  requirementLevel,
} from "../../src/excel/requirements";

/** A host that supports ExcelApi 1.1 … 1.level (level 0: none), as real hosts do: cumulatively. */
const hostAt = (level: number) => (name: string, version: string) =>
  name === "ExcelApi" && Number(version.split(".")[1]) <= level;

describe("detectExcelApiVersion", () => {
  it("names the host's highest ExcelApi set", () => {
    expect(detectExcelApiVersion(hostAt(1))).toBe("1.1"); // Office 2016
    expect(detectExcelApiVersion(hostAt(7))).toBe("1.7"); // Office 2019
    expect(detectExcelApiVersion(hostAt(17))).toBe("1.17"); // Office 2024
  });

  it("is null below 1.1", () => {
    expect(detectExcelApiVersion(hostAt(0))).toBeNull();
  });

  it("agrees with any cumulative host up to the newest set it knows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (level) => {
        const expected = Math.min(level, NEWEST_KNOWN_EXCEL_API_MINOR);
        const found = detectExcelApiVersion(hostAt(level));
        return expected === 0 ? found === null : found === `1.${expected}`;
      })
    );
  });

  it("asks only about ExcelApi", () => {
    const asked = new Set<string>();
    detectExcelApiVersion((name) => {
      asked.add(name);
      return true;
    });
    expect([...asked]).toEqual(["ExcelApi"]);
  });
});

describe("requirementLevel: a set named as a person names it", () => {
  it.each([
    ["1.17", 17],
    ["1.1", 1],
    ["17", 17],
    ["1", 1],
    ["ExcelApi 1.9", 9],
    [" 1.20 ", 20],
  ])("%s → 1.%d", (text, minor) => {
    expect(requirementLevel(text)).toBe(minor);
  });

  it.each(["1.21", "2.1", "abc", "", "1.", "0"])("%s is none", (text) => {
    expect(requirementLevel(text)).toBeNull();
  });
});
