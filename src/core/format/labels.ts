// A label in both languages, from the catalogues (src/i18n): the core's names of sheets, columns,
// settings, enumerated words and fixed labels. Both are kept because a workbook is read in either
// language whatever the display language (a header typed in English is still found).
import { format, messagesFor } from "../../i18n";
import type { Named } from "./schema";

export type LabelKey = keyof ReturnType<typeof messagesFor>["labels"];

export const label = (key: LabelKey): Named => ({
  ko: messagesFor("ko").labels[key],
  en: messagesFor("en").labels[key],
});

/** A label with values in its placeholders ("배분 {grade}"), in both languages. */
export const labelWith = (key: LabelKey, values: Record<string, string | number>): Named => ({
  ko: format(messagesFor("ko").labels[key], values),
  en: format(messagesFor("en").labels[key], values),
});
