/**
 * The predikat chart, written directly (ExcelJS cannot write charts): a DrawingML chart part with
 * cached values (it shows without recalculation), a drawing anchored at the plan's position, and
 * the relationships and content types that tie them to the sheet.
 */
import JSZip from "jszip";
import { columnLetters, quoteSheetName } from "../workbook/address";
import { RangeSpec } from "../workbook/write-plan";
import { attr, escapeXml, NS_OFFICE_REL, readRels, readText, relsPathOf, relsXml, resolveTarget, workbookPartPath } from "./package-parts";

export interface ChartSpec {
  readonly sheetName: string;
  readonly title: string;
  /** Two columns: categories (first) and values (second), with a header row. */
  readonly source: RangeSpec;
  readonly anchor: RangeSpec;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  readonly seriesName: string;
}

const NS_REL = NS_OFFICE_REL;
const xml = escapeXml;

function absRef(sheet: string, row: number, col: number, rows = 1): string {
  const c = columnLetters(col);
  const start = `$${c}$${row + 1}`;
  return `${quoteSheetName(sheet)}!${rows === 1 ? start : `${start}:$${c}$${row + rows}`}`;
}

export function chartXml(spec: ChartSpec): string {
  const { source, sheetName } = spec;
  const n = spec.categories.length;
  const catPts = spec.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${xml(c)}</c:v></c:pt>`).join("");
  const valPts = spec.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${xml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${xml(absRef(sheetName, source.row, source.col + 1))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xml(spec.seriesName)}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="0F6CBD"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>${xml(absRef(sheetName, source.row + 1, source.col, n))}</c:f><c:strCache><c:ptCount val="${n}"/>${catPts}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>${xml(absRef(sheetName, source.row + 1, source.col + 1, n))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${valPts}</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="80"/><c:axId val="51120001"/><c:axId val="51120002"/></c:barChart><c:catAx><c:axId val="51120001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="51120002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="51120002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="51120001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(anchor: RangeSpec, chartRelId: string, name: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${anchor.col + anchor.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row + anchor.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="${chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const REL_DRAWING = `${NS_REL}/drawing`;

/** The drawing part (anchoring the chart), its relationships part pointing at `chartTarget`, and the chart part. */
export function chartParts(spec: ChartSpec, chartTarget: string): { drawing: string; drawingRels: string; chart: string } {
  return {
    drawing: drawingXml(spec.anchor, "rId1", "Grafik Sebaran Predikat"),
    drawingRels: relsXml([{ id: "rId1", type: `${NS_REL}/chart`, target: chartTarget, external: false }]),
    chart: chartXml(spec),
  };
}

function freeIndex(zip: JSZip, folder: string, prefix: string): number {
  let i = 1;
  while (zip.file(`${folder}/${prefix}${i}.xml`)) i++;
  return i;
}

/** Path of a sheet's XML part inside the package, from workbook.xml and its relationships. */
export async function sheetPartPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbookPath = await workbookPartPath(zip);
  const workbookXml = (await readText(zip, workbookPath)) ?? "";
  const rels = await readRels(zip, workbookPath);
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    if (attr(m[0], "name") !== sheetName) continue;
    const rid = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const rel = rels.find((r) => r.id === rid);
    if (rel) return resolveTarget(workbookPath, rel.target);
  }
  throw new Error(`lembar "${sheetName}" tidak ditemukan di paket`);
}

const DRAWING_SUCCESSORS = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

/** Adds the chart to an .xlsx package produced by ExcelJS and returns the new package (tests build officers' charts with it). */
export async function addChart(xlsx: Buffer, spec: ChartSpec): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await sheetPartPath(zip, spec.sheetName);
  const sheetRelsPath = relsPathOf(sheetPath);

  const chartN = freeIndex(zip, "xl/charts", "chart");
  const drawingN = freeIndex(zip, "xl/drawings", "drawing");
  const parts = chartParts(spec, `../charts/chart${chartN}.xml`);
  zip.file(`xl/charts/chart${chartN}.xml`, parts.chart);
  zip.file(`xl/drawings/drawing${drawingN}.xml`, parts.drawing);
  zip.file(`xl/drawings/_rels/drawing${drawingN}.xml.rels`, parts.drawingRels);

  const drawingRelId = "rIdKinerjaGrafik";
  const existingRels = zip.file(sheetRelsPath) ? await zip.file(sheetRelsPath)!.async("string") : undefined;
  const newRel = `<Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingN}.xml"/>`;
  zip.file(
    sheetRelsPath,
    existingRels ? existingRels.replace("</Relationships>", `${newRel}</Relationships>`) : relsXml([{ id: drawingRelId, type: REL_DRAWING, target: `../drawings/drawing${drawingN}.xml`, external: false }]),
  );

  let sheetXml = await zip.file(sheetPath)!.async("string");
  if (!/xmlns:r=/.test(sheetXml.slice(0, 600))) sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_REL}" `);
  const at = DRAWING_SUCCESSORS.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  sheetXml = `${sheetXml.slice(0, at)}<drawing r:id="${drawingRelId}"/>${sheetXml.slice(at)}`;
  zip.file(sheetPath, sheetXml);

  let types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides =
    `<Override PartName="/xl/charts/chart${chartN}.xml" ContentType="${CT_CHART}"/>` + `<Override PartName="/xl/drawings/drawing${drawingN}.xml" ContentType="${CT_DRAWING}"/>`;
  types = types.replace("</Types>", `${overrides}</Types>`);
  zip.file("[Content_Types].xml", types);

  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
