export function sofficeAvailable(): boolean;
export function convert(file: string, filter: "pdf" | "csv", outDir: string): string;
