export function sofficeAvailable(): boolean;
export function writerAvailable(): boolean;
export function convert(
  file: string | string[],
  filter: "pdf" | "csv" | "xlsx" | "txt",
  outDir: string
): string;
