/**
 * A SheetWritePlan written as the worksheet part of an .xlsx (the CLI's twin of the Office.js
 * writer), row by row: the sheet is never held whole, so a recommendation of any length is
 * streamed to disk in bounded memory (an in-memory ExcelJS workbook took ~2.5 GB and ~45 s for
 * 100,000 rows).
 *
 * The markup is what ExcelJS wrote for the same plan before (cells, shared strings, row heights,
 * column widths, frozen pane, page setup, table, print names), so the copy reads the same in
 * Excel. Cell looks are described as ExcelJS style objects and rendered into styles.xml by ExcelJS
 * itself, once per distinct look (see save-workbook.ts), so the style records are ExcelJS's too.
 */
import type ExcelJS from "exceljs";
import { cellRef, columnLetters, rangeRef } from "../workbook/address";
import { CellValue, isCellError } from "../workbook/sheet-data";
import { RangeFormat, SheetWritePlan } from "../workbook/write-plan";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/**
 * Characters the .xlsx XML cannot carry as they are: control characters other than tab and line
 * feed (a carriage return does not survive XML parsing, NUL is not XML at all), U+FFFE/U+FFFF and
 * halves of surrogate pairs; and text that already looks like such an escape.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_TEXT = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as an .xlsx stores it: the file format's own escape _xHHHH_ for characters XML cannot
 * carry, and "_x005F_" for an underscore that would otherwise start one. Excel and ExcelJS decode
 * these back to exactly the text written (ExcelJS itself would drop or corrupt such characters).
 */
export function xlsxText(text: string): string {
  return text.replace(NOT_XML_TEXT, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Applies xlsxText to every text cell of an ExcelJS workbook before it is written. */
export function escapeWorkbookText(workbook: ExcelJS.Workbook): void {
  const needsEscape = new RegExp(NOT_XML_TEXT.source);
  const fix = (text: string): string => (needsEscape.test(text) ? xlsxText(text) : text);
  workbook.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === "string") {
          const fixed = fix(v);
          if (fixed !== v) cell.value = fixed;
        } else if (v && typeof v === "object" && "richText" in v) {
          cell.value = { ...v, richText: v.richText.map((r) => ({ ...r, text: fix(r.text) })) };
        }
      });
    });
  });
}

/** "A5:O300" of a plan range, for messages and tests. */
export function planRangeRef(range: { row: number; col: number; rows: number; cols: number }): string {
  return rangeRef(range.row, range.col, range.rows, range.cols);
}

/** XML text and attribute values as ExcelJS escapes them (apostrophes included). */
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** The inner XML of the shared-string item holding `text` (as ExcelJS writes it). */
export function sharedStringInner(text: string): string {
  const escaped = xlsxText(text);
  return `<t${/^\s|\n|\s$/.test(escaped) ? ' xml:space="preserve"' : ""}>${xml(escaped)}</t>`;
}

/** A cell's look, as the ExcelJS style objects that render it into styles.xml. */
export interface CellStyle {
  numFmt?: string;
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** A format laid over a cell's look, as the writer always did (later formats win, fonts and alignments merge). */
function withFormat(style: CellStyle, f: RangeFormat): CellStyle {
  const out = { ...style };
  if (f.numberFormat !== undefined) out.numFmt = f.numberFormat;
  if (f.bold !== undefined || f.italic !== undefined || f.fontSize !== undefined || f.fontColor !== undefined) {
    out.font = {
      ...out.font,
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.fontSize !== undefined ? { size: f.fontSize } : {}),
      ...(f.fontColor !== undefined ? { color: { argb: argb(f.fontColor) } } : {}),
    };
  }
  if (f.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  if (f.wrap !== undefined) out.alignment = { ...out.alignment, wrapText: f.wrap, vertical: "top" };
  return out;
}

/** Line height of Calibri 11 in points. */
const LINE_POINTS = 15;
/** ExcelJS leaves a column of this width out of <cols> (its default), so the writer always did. */
const DEFAULT_COLUMN_WIDTH = 9;

/** What one row of the sheet holds: per column, whether a cell is there, its value and its look. */
interface RowCells {
  readonly present: Uint8Array;
  readonly values: (CellValue | undefined)[];
  /** Index into PlanSheet.styles, or -1 for a cell without a look of its own. */
  readonly styles: Int32Array;
  readonly height?: number;
}

interface Dimension {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's relationships as the worksheet XML names them. */
export const TABLE_REL_ID = "rId1";
export const DRAWING_REL_ID = "rIdKinerjaGrafik";

/**
 * A plan laid out as rows of cells, computed row by row on demand. Constructing it walks the
 * rows once to learn the distinct cell looks (`styles`, for the style sampler) and the sheet's
 * dimension; the values stay in the plan.
 */
export class PlanSheet {
  readonly styles: CellStyle[] = [];
  readonly lastRow: number;
  readonly width: number;
  private readonly styleIds = new Map<string, number>();
  private readonly byFormats = new Map<string, { present: Uint8Array; styles: Int32Array }>();
  private readonly widths: Map<number, number>;
  private readonly wrapped: number[];
  private readonly dimension?: Dimension;

  constructor(readonly plan: SheetWritePlan) {
    let lastRow = -1;
    let width = 0;
    const grow = (row: number, col: number) => {
      lastRow = Math.max(lastRow, row);
      width = Math.max(width, col + 1);
    };
    for (const b of plan.blocks) b.values.forEach((row, i) => grow(b.row + i, b.col + row.length - 1));
    for (const f of plan.formats) grow(f.range.row + f.range.rows - 1, f.range.col + f.range.cols - 1);
    const area = plan.autofitRows;
    if (area) grow(area.row + area.rows - 1, area.col + area.cols - 1);
    this.widths = new Map(plan.columnWidths.map((w) => [w.col, w.width]));
    const wrapped = new Set<number>();
    for (const f of plan.formats) if (f.wrap) for (let c = f.range.col; c < f.range.col + f.range.cols; c++) wrapped.add(c);
    this.wrapped = [...wrapped];
    if (area) for (const c of this.wrapped) grow(area.row, c);
    this.lastRow = lastRow;
    this.width = width;

    let dim: Dimension | undefined;
    for (let r = 0; r <= lastRow; r++) {
      const { values } = this.row(r);
      for (let c = 0; c < width; c++) {
        if (values[c] === null || values[c] === undefined) continue;
        if (!dim) dim = { top: r, left: c, bottom: r, right: c };
        else {
          dim.bottom = r;
          dim.left = Math.min(dim.left, c);
          dim.right = Math.max(dim.right, c);
        }
      }
    }
    this.dimension = dim;
  }

  private styleId(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.push(style) - 1;
      this.styleIds.set(key, id);
    }
    return id;
  }

  /** The cells of row `r` (0-based): values from the blocks (later blocks win), looks from the formats. */
  row(r: number): RowCells {
    const { plan, width } = this;
    const values: (CellValue | undefined)[] = new Array(width);
    const fromBlocks = new Uint8Array(width);
    for (const b of plan.blocks) {
      const row = r >= b.row && r < b.row + b.values.length ? b.values[r - b.row] : undefined;
      if (!row) continue;
      for (let j = 0; j < row.length; j++) {
        values[b.col + j] = row[j] ?? null;
        fromBlocks[b.col + j] = 1;
      }
    }
    const area = plan.autofitRows;
    let height: number | undefined;
    if (area && r >= area.row && r < area.row + area.rows) {
      // A file has no layout engine to autofit rows, and LibreOffice does not do it on open:
      // estimate the row's height from the longest wrapped text and its column's width.
      let lines = 1;
      for (const c of this.wrapped) {
        const v = values[c];
        const text = v === null || v === undefined ? "" : isCellError(v) ? v.error : String(v);
        const perLine = Math.max(1, Math.floor((this.widths.get(c) ?? 10) * 1.1));
        lines = Math.max(lines, Math.ceil(text.length / perLine));
      }
      if (lines > 1) height = lines * LINE_POINTS;
    }
    const formats = this.formatsOf(r, height !== undefined);
    const present = new Uint8Array(width);
    for (let c = 0; c < width; c++) present[c] = fromBlocks[c] | formats.present[c];
    return { present, values, styles: formats.styles, height };
  }

  /** Per column, whether a format (or the tall-row alignment) touches row `r`, and the look it gives. */
  private formatsOf(r: number, tall: boolean): { present: Uint8Array; styles: Int32Array } {
    const { plan, width } = this;
    const covering: number[] = [];
    plan.formats.forEach((f, i) => {
      if (r >= f.range.row && r < f.range.row + f.range.rows) covering.push(i);
    });
    const area = plan.autofitRows;
    const inArea = !!area && r >= area.row && r < area.row + area.rows;
    const key = `${covering.join(",")}|${inArea ? 1 : 0}${tall ? 1 : 0}`;
    const known = this.byFormats.get(key);
    if (known) return known;
    const present = new Uint8Array(width);
    const styles = new Int32Array(width).fill(-1);
    for (let c = 0; c < width; c++) {
      let style: CellStyle = {};
      let touched = false;
      for (const i of covering) {
        const f = plan.formats[i];
        if (c < f.range.col || c >= f.range.col + f.range.cols) continue;
        style = withFormat(style, f);
        touched = true;
      }
      if (inArea && this.wrapped.includes(c)) touched = true;
      if (tall && c >= area!.col && c < area!.col + area!.cols) {
        // In a tall row every cell starts at the top, level with the wrapped text.
        style = { ...style, alignment: { ...style.alignment, vertical: "top" } };
        touched = true;
      }
      present[c] = touched ? 1 : 0;
      if (Object.keys(style).length > 0) styles[c] = this.styleId(style);
    }
    const result = { present, styles };
    this.byFormats.set(key, result);
    return result;
  }

  /** The used range Excel reports ("A1:X10005"): the cells with a value. */
  get dimensionRef(): string | undefined {
    const d = this.dimension;
    return d && `${cellRef(d.top, d.left)}:${cellRef(d.bottom, d.right)}`;
  }
}

/** Where a plan's cells and looks go in the officer's package. */
export interface SheetXmlIds {
  /** The shared-string index for a string item (the inner XML of its <si>). */
  str(inner: string): number;
  /** The cellXfs index for a look of PlanSheet.styles; undefined when it is the default look (no s attribute). */
  xf(style: number): number | undefined;
}

const CHUNK = 1 << 16;

/**
 * The worksheet XML of the plan, in chunks of about 64 KB. The ids are asked for in document
 * order, so shared strings and styles are appended in the order the cells use them.
 */
export function* worksheetXml(sheet: PlanSheet, ids: SheetXmlIds): Generator<string> {
  const { plan } = sheet;
  const print = plan.print;
  let out =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
  if (print) out += `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  const dimension = sheet.dimensionRef;
  if (dimension) out += `<dimension ref="${dimension}"/>`;
  if (plan.freezeRows) {
    out += `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${plan.freezeRows}" topLeftCell="A${plan.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`;
  }
  out += `<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>`;
  out += colsXml(plan);

  // The texts a sheet repeats (predikat words, units, notes) are escaped once; the cache is
  // bounded, as most names and NIPs occur once.
  const inners = new Map<string, string>();
  const str = (text: string) => {
    let inner = inners.get(text);
    if (inner === undefined) {
      inner = sharedStringInner(text);
      if (inners.size < 50_000) inners.set(text, inner);
    }
    return ids.str(inner);
  };
  out += "<sheetData>";
  const letters = Array.from({ length: sheet.width }, (_, c) => columnLetters(c));
  let anyRow = false;
  for (let r = 0; r <= sheet.lastRow; r++) {
    const { present, values, styles, height } = sheet.row(r);
    let min = -1;
    let max = -1;
    let cells = "";
    for (let c = 0; c < sheet.width; c++) {
      if (!present[c]) continue;
      if (min < 0) min = c;
      max = c;
      const v = values[c];
      const look = styles[c] < 0 ? undefined : ids.xf(styles[c]);
      const s = look === undefined ? "" : ` s="${look}"`;
      const ref = `${letters[c]}${r + 1}`;
      if (v === null || v === undefined) {
        if (s) cells += `<c r="${ref}"${s}/>`;
      } else if (typeof v === "string") cells += `<c r="${ref}"${s} t="s"><v>${str(v)}</v></c>`;
      else if (typeof v === "number") cells += `<c r="${ref}"${s}><v>${v}</v></c>`;
      else if (typeof v === "boolean") cells += `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
      else cells += `<c r="${ref}"${s} t="e"><v>${xml(v.error)}</v></c>`;
    }
    if (min < 0 && height === undefined) continue;
    let tag = `<row r="${r + 1}"`;
    if (height !== undefined) tag += ` ht="${height}" customHeight="1"`;
    if (min >= 0) tag += ` spans="${min + 1}:${max + 1}"`;
    tag += ` x14ac:dyDescent="0.25"`;
    out += cells ? `${tag}>${cells}</row>` : `${tag}/>`;
    anyRow = true;
    if (out.length >= CHUNK) {
      yield out;
      out = "";
    }
  }
  out = anyRow ? `${out}</sheetData>` : `${out.slice(0, -"<sheetData>".length)}<sheetData/>`;

  out += `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  out += print
    ? `<pageSetup paperSize="9" orientation="landscape" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>`
    : `<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>`;
  if (plan.chart) out += `<drawing r:id="${DRAWING_REL_ID}"/>`;
  if (plan.table) out += `<tableParts count="1"><tablePart r:id="${TABLE_REL_ID}"/></tableParts>`;
  yield `${out}</worksheet>`;
}

/** Column widths, neighbours of equal width as one <col> element. */
function colsXml(plan: SheetWritePlan): string {
  const widths = new Map<number, number>();
  for (const { col, width } of plan.columnWidths) widths.set(col, width);
  const last = Math.max(-1, ...widths.keys());
  const cols: { min: number; max: number; width: number }[] = [];
  for (let c = 0; c <= last; c++) {
    const width = widths.get(c);
    const prev = cols[cols.length - 1];
    if (width === undefined || width === DEFAULT_COLUMN_WIDTH) continue;
    if (prev && prev.max === c - 1 && prev.width === width) prev.max = c;
    else cols.push({ min: c, max: c, width });
  }
  if (cols.length === 0) return "";
  return `<cols>${cols.map((c) => `<col min="${c.min + 1}" max="${c.max + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>`;
}

/** The plan's Excel table part (its id is set when it is grafted, unique in the workbook). */
export function tableXml(plan: SheetWritePlan, id = 1): string | undefined {
  const t = plan.table;
  if (!t) return undefined;
  const header = plan.blocks.find((b) => b.row === t.range.row && b.col === t.range.col);
  const names = (header?.values[0] ?? []).slice(0, t.range.cols).map((v) => String(v ?? ""));
  const ref = planRangeRef({ ...t.range, cols: names.length });
  const filters = names.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join("");
  const columns = names.map((name, i) => `<tableColumn id="${i + 1}" name="${xml(name)}" ${i === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="${id}" name="${xml(t.name)}" displayName="${xml(t.name)}" ref="${ref}" totalsRowShown="1" headerRowCount="1">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The sheet's print area and print titles as <definedName> elements (localSheetId is set when grafted). */
export function printNames(plan: SheetWritePlan): string[] {
  if (!plan.print) return [];
  const { area, titleRow } = plan.print;
  const sheet = `'${plan.sheetName.replace(/'/g, "''")}'`;
  const absolute = planRangeRef(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return [
    `<definedName name="_xlnm.Print_Area" localSheetId="0">${xml(`${sheet}!${absolute}`)}</definedName>`,
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">${xml(`${sheet}!$${titleRow + 1}:$${titleRow + 1}`)}</definedName>`,
  ];
}
