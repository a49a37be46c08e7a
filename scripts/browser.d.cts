import type { Browser, Page } from "playwright-core";

export const CHROMIUM_PATH: string;
export const chromiumAvailable: boolean;
export function launchChromium(): Promise<Browser>;
export function openBuiltPage(
  browser: Browser,
  /** A file path, or an http://127.0.0.1 URL from serveDirectory. */
  htmlPath: string,
  options?: { width?: number }
): Promise<{ page: Page; networkRequests: string[] }>;
export function serveDirectory(dir: string): Promise<{ origin: string; close(): Promise<void> }>;
