export function openpyxlAvailable(): boolean;
export function openWithOpenpyxl(
  files: string[]
): { file: string; ok: boolean; sheets?: string[]; error?: string }[];
export function resaveWithOpenpyxl(input: string, output: string): void;
