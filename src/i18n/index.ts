import { en } from "./en";
import { ko, type Messages } from "./ko";

export type { Messages };
export type Lang = "ko" | "en";

const catalogues: Record<Lang, Messages> = { ko, en };

/** Korean first: any Korean locale, or no language at all, gives Korean; every other language English. */
export function languageFor(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "ko";
  return displayLanguage.toLowerCase().startsWith("ko") ? "ko" : "en";
}

export function messagesFor(language: Lang): Messages {
  return catalogues[language];
}

/** Fills `{name}` placeholders; a placeholder without a value is left visible rather than dropped. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole
  );
}
