export function ssconvertAvailable(): boolean;
export function sheetsToCsv(file: string, outDir: string): string;
export function resaveWithGnumeric(file: string, output: string): void;
