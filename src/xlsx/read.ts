// .xlsx bytes → the core's WorkbookSnapshot. The package is opened with JSZip and each sheet's
// cells are read as its XML streams out (./cells.ts, docs/decisions/0007-xlsx-reader.md); writing
// patches the package itself (./write.ts), so nothing the add-in does not understand is lost.
import JSZip from "jszip";
import type { SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../core/format/workbook";
import { readSharedStrings, readWorksheetCells } from "./cells";
import { WorkbookFileError, fileKind } from "./open";
import { checkDeclaredSize } from "./package";
import {
  Relationships,
  WorkbookPart,
  relsPathOf,
  resolveTarget,
  workbookPathOf,
} from "./structure";

export interface ReadOptions {
  /** Only these sheets' cells are read; the others come back empty (names and visibility kept). */
  sheets?: (name: string) => boolean;
}

const visibilityOf = (state: string): SheetVisibility =>
  state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible";

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? new TextDecoder().decode(await file.async("uint8array")) : undefined;
}

async function snapshotOf(zip: JSZip, options: ReadOptions): Promise<WorkbookSnapshot> {
  const workbookPath = workbookPathOf(await partText(zip, "_rels/.rels"));
  const workbookXml = await partText(zip, workbookPath);
  if (!workbookXml) throw new Error(`the package has no workbook part (${workbookPath})`);
  const workbook = new WorkbookPart(workbookXml);
  const rels = new Relationships(await partText(zip, relsPathOf(workbookPath)));
  const byId = new Map(rels.list().map((r) => [r.id, r]));
  const sharedStrings = rels.ofKind("sharedStrings");
  const strings = await readSharedStrings(
    sharedStrings ? zip.file(resolveTarget(workbookPath, sharedStrings.target)) : null
  );
  const sheets: SheetSnapshot[] = [];
  for (const entry of workbook.sheets()) {
    const rel = byId.get(entry.relId);
    // Chart sheets and dialog sheets hold no cells: they are not sheets the add-in reads.
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const file = zip.file(resolveTarget(workbookPath, rel.target));
    const wanted = !options.sheets || options.sheets(entry.name);
    const cells =
      file && wanted ? await readWorksheetCells(file, strings) : { rows: [], merges: [] };
    sheets.push({ name: entry.name, visibility: visibilityOf(entry.state), ...cells });
  }
  return { sheets };
}

export async function readSnapshot(
  bytes: Uint8Array,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const kind = fileKind(bytes);
  if (kind !== "xlsx") throw new WorkbookFileError(kind, kind);
  checkDeclaredSize(bytes);
  try {
    return await snapshotOf(await JSZip.loadAsync(bytes), options);
  } catch (error) {
    throw new WorkbookFileError("corrupt", error instanceof Error ? error.message : String(error));
  }
}
