export function peakMemoryKb(): number;
