export function sofficeAvailable(): boolean;
export function convert(
  file: string | string[],
  filter: "pdf" | "csv" | "xlsx",
  outDir: string
): string;
