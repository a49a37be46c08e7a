// Plan documents as text with HTML in their cells, the way the seed is written: the core's text
// reader with each cell's HTML (lists, <b>, <br>) read by htmlparser2.
import type { PlanDocument } from "../core/import/document";
import { readPlainTextDocument } from "../core/import/text";
import { htmlCell } from "./html";

export function readTextDocument(text: string): PlanDocument {
  return readPlainTextDocument(text, htmlCell);
}
