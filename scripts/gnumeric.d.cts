export function ssconvertAvailable(): boolean;
export function sheetsToCsv(file: string, outDir: string): string;
