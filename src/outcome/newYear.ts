// 새해 양식's outcome in words: what was made, then every carried value to confirm, one per line
// (the CLI prints them, the pane and the page list them).
import type { CarriedValue } from "../core/year/newYear";
import { statusWord } from "../core/format/words";
import { format, messagesFor, type Lang } from "../i18n";

export interface NewYearMade {
  year: number;
  department: string;
  carried: readonly CarriedValue[];
}

/** One carried value: "[1-1] 온라인 이용건수: 목표치 12,000 (2011년 값 그대로)". */
export function carriedLine(value: CarriedValue, from: number, lang: Lang): string {
  const text = messagesFor(lang).newYear;
  const what =
    value.kind === "target"
      ? format(text.target, { value: value.shown, from })
      : value.kind === "budget"
        ? format(text.budget, { value: value.shown, from })
        : value.kind === "calendar"
          ? format(text.calendar, { value: value.shown, year: from + 1 })
          : value.kind === "previousBlank"
            ? format(text.previousBlank, {
                from,
                reason: statusWord(value.status ?? "noData", lang),
              })
            : value.month !== undefined && value.month < 12
              ? format(text.previousPart, { value: value.shown, from, month: value.month })
              : format(text.previous, { value: value.shown, from });
  return `[${value.taskNo}] ${value.indicator}: ${what}`;
}

export function newYearLines(made: NewYearMade, lang: Lang): string[] {
  const text = messagesFor(lang).newYear;
  const from = made.year - 1;
  return [
    format(text.made, { year: made.year, department: made.department || "-", from }),
    format(text.confirmTitle, { count: made.carried.length }),
    ...made.carried.map((value) => `  ? ${carriedLine(value, from, lang)}`),
  ];
}
