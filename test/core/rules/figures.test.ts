import fc from "fast-check";
import { readFigure, type RawCell } from "../../../src/core/rules/figures";

const value = (cell: RawCell, options = {}) => {
  const figure = readFigure(cell, options);
  return figure.kind === "number" ? figure.value : figure.kind;
};

describe("readFigure: what people type", () => {
  it.each<[RawCell, number]>([
    [116000, 116000],
    ["116,000", 116000],
    ["116,000건", 116000],
    [" 3,500 ", 3500],
    ["12회", 12],
    ["６０명", 60], // full-width digits
    ["0.5", 0.5],
  ])("reads %p as %p", (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it("reads typed percentages as fractions", () => {
    expect(value("92%")).toBeCloseTo(0.92, 12);
    expect(value("91.63%")).toBeCloseTo(0.9163, 12);
    expect(value("92 %", { percent: true })).toBeCloseTo(0.92, 12);
  });

  it("rescales a bare number above 1.5 for a % KPI, with a warning", () => {
    expect(readFigure(92, { percent: true })).toEqual({
      kind: "number",
      value: 0.92,
      warning: "percentRescaled",
    });
    expect(readFigure("95", { percent: true })).toMatchObject({
      value: 0.95,
      warning: "percentRescaled",
    });
    expect(readFigure(0.92, { percent: true })).toEqual({ kind: "number", value: 0.92 });
    expect(readFigure(1.5, { percent: true })).toEqual({ kind: "number", value: 1.5 });
    expect(readFigure(92)).toEqual({ kind: "number", value: 92 }); // counts are never rescaled
  });

  it("reads Korean money", () => {
    expect(value("2백만원")).toBe(2_000_000);
    expect(value("5백만원")).toBe(5_000_000);
    expect(value("1억 2천만원")).toBe(120_000_000);
    expect(value("3,500만원")).toBe(35_000_000);
    expect(value("비예산")).toBe(0);
    expect(value("3천원")).toBe(3000);
  });

  it("reads Korean number words in any unit", () => {
    expect(value("11만 6천건")).toBe(116_000);
    expect(value("3천5백명")).toBe(3_500);
    expect(value("1만2천 회")).toBe(12_000);
    expect(value("2천톤")).toBe(2_000);
    expect(readFigure("만건")).toMatchObject({ kind: "problem", problem: "notANumber" });
  });

  it("reads a figure with a comparison word, and which way it bounds", () => {
    expect(readFigure("116,000건 이상")).toEqual({
      kind: "number",
      value: 116_000,
      bound: "atLeast",
    });
    expect(readFigure("5건 이하")).toEqual({ kind: "number", value: 5, bound: "atMost" });
    expect(readFigure("3일 이내")).toEqual({ kind: "number", value: 3, bound: "atMost" });
    expect(readFigure("10건 미만")).toEqual({ kind: "number", value: 10, bound: "atMost" });
    expect(readFigure("100건 초과")).toEqual({ kind: "number", value: 100, bound: "atLeast" });
    expect(readFigure("11만 6천건 이상")).toMatchObject({ value: 116_000, bound: "atLeast" });
    const percent = readFigure("92%이상", { percent: true });
    expect(percent).toMatchObject({ kind: "number", bound: "atLeast" });
    expect((percent as { value: number }).value).toBeCloseTo(0.92, 12);
    expect(readFigure("이상")).toMatchObject({ kind: "problem", problem: "notANumber" });
    expect(readFigure("-5건 이하")).toMatchObject({ kind: "problem", problem: "negative" });
  });

  it("reads '-', '신규' and '2011년 신규사업' as no previous result", () => {
    for (const text of ["-", "신규", "2011년 신규사업", " - "]) {
      expect(readFigure(text, { allowNone: true })).toEqual({ kind: "none" });
    }
    expect(readFigure("-")).toMatchObject({ kind: "problem", problem: "notANumber" });
  });

  it("treats blank cells and whitespace as blank", () => {
    expect(readFigure(null)).toEqual({ kind: "blank" });
    expect(readFigure("   ")).toEqual({ kind: "blank" });
    expect(readFigure({ formula: 'IF(A1="","",A1)', result: "" })).toEqual({ kind: "blank" });
  });

  it("takes a formula by its computed value", () => {
    expect(readFigure({ formula: "SUM(B2:B3)", result: 42 })).toEqual({
      kind: "number",
      value: 42,
    });
  });

  it.each<[RawCell, string, string]>([
    [{ formula: "SUM(B2:B3)", result: undefined }, "formulaWithoutResult", "=SUM(B2:B3)"],
    [{ error: "#DIV/0!" }, "excelError", "#DIV/0!"],
    [{ formula: "A1/0", result: "#DIV/0!" }, "excelError", "=A1/0"],
    ["많음", "notANumber", "많음"],
    [true, "notANumber", "true"],
    [-3, "negative", "-3"],
    ["-3건", "negative", "-3건"],
    [{ formula: "0-5", result: -5 }, "negative", "=0-5"],
    [Infinity, "notFinite", "Infinity"],
  ])("reports %p as %s", (cell, problem, shown) => {
    expect(readFigure(cell)).toEqual({ kind: "problem", problem, shown });
  });

  it("never throws and never returns a negative or non-finite number, whatever the cell", () => {
    const cell: fc.Arbitrary<RawCell> = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.boolean(),
      fc.record({
        formula: fc.string(),
        result: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)),
      }),
      fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?") })
    );
    fc.assert(
      fc.property(cell, fc.boolean(), fc.boolean(), (c, percent, allowNone) => {
        const figure = readFigure(c, { percent, allowNone });
        if (figure.kind === "number") {
          return Number.isFinite(figure.value) && figure.value >= 0;
        }
        return ["blank", "none", "problem"].includes(figure.kind);
      }),
      { numRuns: 2000 }
    );
  });

  it("reads any non-negative number written with thousands separators back exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        (n) => value(n.toLocaleString("en-US")) === n
      )
    );
  });
});

describe("Korean number words (PRODUCT.md: small units group before a large one)", () => {
  it.each<[string, number]>([
    ["4천5백만원", 45_000_000],
    ["1억2천만", 120_000_000],
    ["3억 5천만원", 350_000_000],
    ["1만 2천", 12_000],
    ["2조", 2_000_000_000_000],
    ["1.5억", 150_000_000],
    ["2백만원", 2_000_000],
    ["11만 6천건", 116_000],
    ["3천5백명", 3_500],
    ["1억2000만", 120_000_000],
  ])("%s → %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("units out of order are not a number", () => {
    expect(value("2만3억")).toBe("problem");
    expect(value("5백3천")).toBe("problem");
  });

  /** A group under one large unit (0–9999), written in words, in digits, or mixed. */
  const group = fc.record({
    thousands: fc.integer({ min: 0, max: 9 }),
    hundreds: fc.integer({ min: 0, max: 9 }),
    tens: fc.integer({ min: 0, max: 9 }),
    ones: fc.integer({ min: 0, max: 9 }),
    digits: fc.boolean(),
    omitOne: fc.boolean(),
  });
  type Group = { thousands: number; hundreds: number; tens: number; ones: number } & {
    digits: boolean;
    omitOne: boolean;
  };
  const written = (g: Group) => {
    const n = g.thousands * 1000 + g.hundreds * 100 + g.tens * 10 + g.ones;
    if (g.digits) return String(n);
    const part = (count: number, unit: string) =>
      count === 0 ? "" : count === 1 && g.omitOne ? unit : `${count}${unit}`;
    return (
      part(g.thousands, "천") +
      part(g.hundreds, "백") +
      part(g.tens, "십") +
      (g.ones ? String(g.ones) : "")
    );
  };
  const groupValue = (g: { thousands: number; hundreds: number; tens: number; ones: number }) =>
    g.thousands * 1000 + g.hundreds * 100 + g.tens * 10 + g.ones;

  it("reads any number written with 조, 억, 만 and 천, 백, 십 as the reference reading does", () => {
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 4, maxLength: 4 }),
        fc.constantFrom("", " "),
        fc.constantFrom("", "원", "건", "명"),
        (groups, space, suffix) => {
          // Reference: each group times its large unit, in integers (BigInt: 조 × 9999 passes 2⁵³).
          const units = [BigInt(1e12), BigInt(1e8), BigInt(1e4), BigInt(1)];
          const expected = groups.reduce(
            (sum, g, i) => sum + BigInt(groupValue(g)) * units[i],
            BigInt(0)
          );
          const text = groups
            .map((g, i) => (groupValue(g) === 0 ? "" : written(g) + ["조", "억", "만", ""][i]))
            .filter(Boolean)
            .join(space);
          fc.pre(
            /\d/.test(text) &&
              /[조억만천백십]/.test(text) &&
              expected <= BigInt(Number.MAX_SAFE_INTEGER)
          );
          expect(value(text + suffix)).toBe(Number(expected));
        }
      ),
      { numRuns: 2000 }
    );
  });
});
