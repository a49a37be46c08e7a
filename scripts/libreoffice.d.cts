export function sofficeAvailable(): boolean;
/** "" when LibreOffice and its Python bridge run, else what is missing. */
export function sofficeMissing(): string;
export function writerAvailable(): boolean;
/** "" when LibreOffice Writer runs too, else what is missing. */
export function writerMissing(): string;
export function convert(
  file: string | string[],
  filter: "pdf" | "csv" | "xlsx" | "txt",
  outDir: string
): Promise<string>;
export function closeLibreOffice(): void;
