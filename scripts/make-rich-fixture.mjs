// Builds test/fixtures/rich/*.xlsx: a workbook as another program would leave it, holding what a
// user may put in a department's workbook besides our sheets: a chart, an image, a comment,
// defined names, data validation and conditional formats, and a sheet of their own.
//   rich-ooxml.xlsx     written here as raw OOXML (the parts Excel itself writes)
//   rich-libreoffice.xlsx  the same, opened and saved again by LibreOffice headless
// Run: node scripts/make-rich-fixture.mjs   (needs soffice for the second file)
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, renameSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OUT = "test/fixtures/rich";
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const png = readFileSync("assets/icon-32.png");

const zip = new JSZip();
zip.file(
  "[Content_Types].xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>
<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>
<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>
</Types>`
);
zip.file(
  "_rels/.rels",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
);
zip.file(
  "xl/workbook.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}><sheets><sheet name="실적차트" sheetId="1" r:id="rId1"/><sheet name="우리부서메모" sheetId="2" r:id="rId2"/></sheets>
<definedNames><definedName name="부서목표표">실적차트!$A$1:$C$4</definedName><definedName name="담당자">우리부서메모!$B$2</definedName></definedNames></workbook>`
);
zip.file(
  "xl/_rels/workbook.xml.rels",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`
);
const strings = [
  "성과지표",
  "목표치",
  "실적",
  "온라인 이용건수",
  "만족도",
  "처리율",
  "메모",
  "정유미",
  "확인 필요",
];
zip.file(
  "xl/sharedStrings.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`
);
zip.file(
  "xl/styles.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FF1F6E43"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>
<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>
</styleSheet>`
);
const row = (r, cells) =>
  `<row r="${r}">${cells
    .map(([ref, kind, v, s]) =>
      kind === "s"
        ? `<c r="${ref}" t="s"${s ? ` s="${s}"` : ""}><v>${v}</v></c>`
        : `<c r="${ref}"><v>${v}</v></c>`
    )
    .join("")}</row>`;
zip.file(
  "xl/worksheets/sheet1.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><sheetData>
${row(1, [
  ["A1", "s", 0, 1],
  ["B1", "s", 1, 1],
  ["C1", "s", 2, 1],
])}
${row(2, [
  ["A2", "s", 3],
  ["B2", "n", 116000],
  ["C2", "n", 57000],
])}
${row(3, [
  ["A3", "s", 4],
  ["B3", "n", 0.92],
  ["C3", "n", 0.924],
])}
${row(4, [
  ["A4", "s", 5],
  ["B4", "n", 0.95],
  ["C4", "n", 0.96],
])}
</sheetData>
<conditionalFormatting sqref="C2:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>B2</formula></cfRule></conditionalFormatting>
<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D2:D4"><formula1>"상향,하향"</formula1></dataValidation></dataValidations>
<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>`
);
zip.file(
  "xl/worksheets/_rels/sheet1.xml.rels",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>
<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>
<Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/>
</Relationships>`
);
zip.file(
  "xl/worksheets/sheet2.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS}><sheetData>${row(1, [["A1", "s", 6]])}${row(2, [["B2", "s", 7]])}</sheetData></worksheet>`
);
const anchor = (from, to, body) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
zip.file(
  "xl/drawings/drawing1.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">
${anchor([5, 1], [12, 15], `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="실적 차트"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`)}
${anchor([0, 6], [1, 9], `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="부서 로고"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`)}
</xdr:wsDr>`
);
zip.file(
  "xl/drawings/_rels/drawing1.xml.rels",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>
<Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/>
</Relationships>`
);
zip.file("xl/media/image1.png", png);
zip.file(
  "xl/charts/chart1.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/>
<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>실적차트!$C$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>실적차트!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>실적차트!$C$2:$C$4</c:f></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>
</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
);
zip.file(
  "xl/comments1.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments ${NS}><authors><author>정유미</author></authors><commentList><comment ref="C3" authorId="0"><text><r><t>상반기 조사 결과 (확인 필요)</t></r></text></comment></commentList></comments>`
);
zip.file(
  "xl/drawings/vmlDrawing1.vml",
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:20pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`
);

mkdirSync(OUT, { recursive: true });
const ooxml = join(OUT, "rich-ooxml.xlsx");
writeFileSync(ooxml, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
console.log(ooxml);

const work = mkdtempSync(join(tmpdir(), "lo-"));
execFileSync("soffice", [
  `-env:UserInstallation=file://${work}/profile`,
  "--headless",
  "--convert-to",
  "xlsx:Calc MS Excel 2007 XML",
  "--outdir",
  work,
  ooxml,
]);
renameSync(join(work, "rich-ooxml.xlsx"), join(OUT, "rich-libreoffice.xlsx"));
console.log(join(OUT, "rich-libreoffice.xlsx"));
