// Charts as DrawingML parts: a sheet's drawing (where each chart sits, by its cells) and one chart
// part per chart (a column or line chart of one series whose categories and values are formulas
// into the sheet, with cached values so a reader that does not recalculate still draws them).
import { parseAddress, type CellWrite, type ChartSpec } from "../core/format/workbook";
import { escapeXml } from "./xml";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_REL = `${R_NS}/drawing`;
export const CHART_REL = `${R_NS}/chart`;

/** The drawing: one anchored frame per chart, the chart named (Excel's chart name) as ours. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, i) => {
    const corner = (tag: string, at: { row: number; col: number }) =>
      `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${corner("from", chart.from)}${corner("to", chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors.join("")}</xdr:wsDr>`
  );
}

/** "'결과'!$A$20:$A$22" for a range of the chart's sheet. */
function absolute(sheet: string, range: string): string {
  const [from, to = from] = range.split(":");
  const abs = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${abs(from)}:${abs(to)}`;
}

/** The cells of a one-column range, top to bottom, as the write describes them. */
function cellsOf(range: string, cells: readonly CellWrite[]): CellWrite["value"][] {
  const [from, to = from] = range.split(":").map(parseAddress);
  // One pass over the sheet's cells (a 500-task 결과 has tens of thousands), not one per row.
  const byRow = new Map<number, CellWrite["value"]>();
  for (const cell of cells)
    if (cell.col === from.col && cell.row >= from.row && cell.row <= to.row)
      byRow.set(cell.row, cell.value);
  const values: CellWrite["value"][] = [];
  for (let row = from.row; row <= to.row; row++) values.push(byRow.get(row) ?? null);
  return values;
}

function cache(kind: "str" | "num", values: readonly CellWrite["value"][]): string {
  const points = values
    .map((value, idx) =>
      value === null || (kind === "num" && typeof value !== "number")
        ? ""
        : `<c:pt idx="${idx}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`
    )
    .join("");
  const format = kind === "num" ? "<c:formatCode>0.0</c:formatCode>" : "";
  return `<c:${kind}Cache>${format}<c:ptCount val="${values.length}"/>${points}</c:${kind}Cache>`;
}

const NO_LINE = "<a:ln><a:noFill/></a:ln>";

/** One chart part: title, one series with value labels, a category axis and a 0–100 value axis. */
export function chartXml(chart: ChartSpec, sheet: string, cells: readonly CellWrite[]): string {
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ko-KR" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const labels =
    `<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:spPr><a:noFill/>${NO_LINE}</c:spPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const data =
    `<c:cat><c:strRef><c:f>${escapeXml(absolute(sheet, chart.categories))}</c:f>${cache("str", cellsOf(chart.categories, cells))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absolute(sheet, chart.values))}</c:f>${cache("num", cellsOf(chart.values, cells))}</c:numRef></c:val>`;
  const head = `<c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.seriesName)}</c:v></c:tx>`;
  const colour = "5B9BD5";
  const plot =
    chart.kind === "column"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>${labels}${data}</c:ser>` +
        `<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        `<c:ser>${head}<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="7"/></c:marker>${labels}${data}<c:smooth val="0"/></c:ser>` +
        `<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`;
  const axes =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axes}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
