/**
 * One `SheetPlan` as a worksheet part (SpreadsheetML), written directly rather than through ExcelJS's
 * object model: values, merges, cell formats (indices from `StylesPart`), widths, heights, list validation,
 * in-document links, freeze panes, auto-filter and A4 fit-to-width print setup. Print titles are workbook
 * defined names, added by the caller.
 *
 * Text is written as inline strings (`t="inlineStr"`): a cell of that type is text by definition, so text
 * starting with "=", "+", "-" or "@" can never become a formula, and the shared-string part of the original
 * workbook stays untouched.
 */
import { cellAddress, CellRange, columnLetters, rangeAddress } from '../../engine/grid/address';
import { CellValue } from '../../engine/grid/grid';
import { CellStyle, SheetPlan } from '../../engine/model/plan';
import { columnWidth, disjointMerges, listFormula, rowHeight, validationMessage } from './excelLimits';
import { internalLinkTarget } from './internalLinks';
import { CellLook, StylesPart } from './stylesPart';
import { ooxmlString, xmlAttr, xmlText } from './xmlText';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One cell to write. A class, so every cell has the same shape and the loops below stay fast. */
class CellOut {
  value: CellValue = null;
  /** A cell covered by a merge (not its top-left): it keeps its look, its value is not written. */
  covered = false;
  numFmt: string | undefined = undefined;
  link = false;
  /** Indices into `plan.styles` of the ranges that cover the cell, in plan order, as "0,3,4". */
  styles: string | undefined = undefined;
}

/** True when Excel would trim the text's first or last character (a space, tab, line break, ideographic space). */
function edgeSpace(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(text.length - 1);
  // Printable ASCII and CJK (U+3001 to U+FEFE) are never white space; anything else asks the regular expression.
  const plain = (c: number) => (c > 32 && c < 127) || (c > 0x3000 && c < 0xfeff);
  return !(plain(a) && plain(b)) && /^\s|\s$/.test(text);
}

function valueXml(ref: string, s: string, value: CellValue): string {
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = String(value);
  const space = edgeSpace(text) ? ' xml:space="preserve"' : '';
  const stored = ooxmlString(text);
  // A text holding "_xHHHH_" goes into a run (<r>): ExcelJS, unlike Excel and LibreOffice, decodes the
  // escape only there, and our own reader must see what the user typed too.
  const body = stored === text ? `<t${space}>${xmlText(text)}</t>` : `<r><t${space}>${xmlText(stored)}</t></r>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${body}</is></c>`;
}

/** Rows of cells (sparse arrays) with a value or a look; covered merge cells keep their look, so merged areas keep borders. */
function planCells(plan: SheetPlan, merges: CellRange[]): CellOut[][] {
  const rows: CellOut[][] = [];
  const at = (r: number, c: number): CellOut => {
    const row = rows[r] ?? (rows[r] = []);
    return row[c] ?? (row[c] = new CellOut());
  };
  plan.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) at(r, c).value = v;
    });
  });
  for (const m of merges) {
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++) {
        const cell = rows[r]?.[c];
        if (cell && (r !== m.r0 || c !== m.c0)) cell.covered = true;
      }
    }
  }
  for (const f of plan.numberFormats) {
    for (let r = f.range.r0; r <= f.range.r1; r++) for (let c = f.range.c0; c <= f.range.c1; c++) at(r, c).numFmt = f.format;
  }
  plan.styles.forEach((s, i) => {
    for (let r = s.range.r0; r <= s.range.r1; r++) {
      for (let c = s.range.c0; c <= s.range.c1; c++) {
        const cell = at(r, c);
        cell.styles = cell.styles === undefined ? String(i) : `${cell.styles},${i}`;
      }
    }
  });
  for (const link of plan.links) {
    const cell = at(link.row, link.col);
    cell.link = true;
    // A link cell shows its text; an empty one shows the address it jumps to.
    const v = plan.values[link.row]?.[link.col];
    cell.value = v === null || v === undefined ? link.cell : String(v);
  }
  return rows;
}

/**
 * The cell format of a cell. Overlapping style ranges combine, later ones winning, as `resolvedCellStyles`
 * (engine/render/planCells.ts) does; cells covered by the same ranges share one resolved style, so it is
 * resolved once per distinct combination rather than once per cell.
 */
function formatOf(plan: SheetPlan, styles: StylesPart, cache: Map<string, number>, cell: CellOut): number {
  if (cell.numFmt === undefined && !cell.link && cell.styles === undefined) return 0;
  const key = `${cell.numFmt ?? ''}\u0000${cell.link ? 1 : 0}\u0000${cell.styles ?? ''}`;
  let xf = cache.get(key);
  if (xf === undefined) {
    const look: CellLook = {};
    if (cell.numFmt !== undefined) look.numFmt = cell.numFmt;
    if (cell.styles !== undefined) look.style = Object.assign({}, ...cell.styles.split(',').map((i) => plan.styles[Number(i)].style)) as CellStyle;
    if (cell.link) look.link = true;
    xf = styles.xf(look);
    cache.set(key, xf);
  }
  return xf;
}

export function sheetXml(plan: SheetPlan, styles: StylesPart, selected: boolean): string {
  const merges = disjointMerges(plan.merges);
  const rows = planCells(plan, merges);
  const heights = plan.rowHeights ?? {};
  const letters: string[] = [];
  const letter = (c: number): string => letters[c] ?? (letters[c] = columnLetters(c));
  const cache = new Map<string, number>();
  let maxRow = -1;
  let maxCol = 0;
  const data: string[] = [];
  const last = Object.keys(heights).reduce((m, k) => Math.max(m, Number(k)), rows.length - 1);
  for (let r = 0; r <= last; r++) {
    const row = rows[r];
    const h = heights[r];
    if (!row && !(h > 0)) continue;
    let xml = `<row r="${r + 1}"${h > 0 ? ` ht="${rowHeight(h)}" customHeight="1"` : ''}`;
    if (!row) {
      data.push(`${xml}/>`);
      continue;
    }
    xml += '>';
    row.forEach((cell, c) => {
      const xf = formatOf(plan, styles, cache, cell);
      xml += valueXml(`${letter(c)}${r + 1}`, xf ? ` s="${xf}"` : '', cell.covered ? null : cell.value);
      if (c > maxCol) maxCol = c;
    });
    data.push(`${xml}</row>`);
    maxRow = r;
  }

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="${maxRow >= 0 ? `A1:${letter(maxCol)}${maxRow + 1}` : 'A1'}"/>`,
  ];
  const tab = selected ? ' tabSelected="1"' : '';
  const f = plan.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''}`;
    const first = cellAddress(f.rows, f.cols);
    // The cursor starts in the scrolling pane, at its first cell, as Excel saves a freshly frozen sheet.
    out.push(
      `<sheetViews><sheetView${tab} workbookViewId="0"><pane${split} topLeftCell="${first}" activePane="${pane}" state="frozen"/>`,
      `<selection pane="${pane}" activeCell="${first}" sqref="${first}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`);
  }
  const widths = plan.columnWidths.map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(w)}" customWidth="1"/>` : '')).join('');
  if (widths) out.push(`<cols>${widths}</cols>`);
  out.push(data.length > 0 ? `<sheetData>${data.join('')}</sheetData>` : '<sheetData/>');
  if (plan.autoFilter) out.push(`<autoFilter ref="${rangeAddress(plan.autoFilter)}"/>`);
  if (merges.length > 0) {
    out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('')}</mergeCells>`);
  }
  const items: string[] = [];
  for (const v of plan.validations) {
    const formula = listFormula(v.list);
    if (formula === null) continue;
    const message = validationMessage(v);
    const error = message ? ` error="${xmlAttr(message)}"` : '';
    items.push(`<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop"${error} sqref="${rangeAddress(v.range)}"><formula1>${xmlText(formula)}</formula1></dataValidation>`);
  }
  if (items.length > 0) out.push(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  if (plan.links.length > 0) {
    // In-document targets need no relationship: the location attribute is the whole link.
    const links = plan.links.map((l) => `<hyperlink ref="${letter(l.col)}${l.row + 1}" location="${xmlAttr(internalLinkTarget(l.sheet, l.cell).slice(1))}"/>`);
    out.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  }
  const p = plan.print;
  out.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="0"/>`,
    '</worksheet>',
  );
  return out.join('');
}

/** The print-titles formula of a plan ("'Name'!$2:$3"), or null when it repeats no rows. */
export function printTitles(plan: SheetPlan): string | null {
  const r = plan.print.repeatRows;
  if (!r) return null;
  return `'${plan.name.replace(/'/g, "''")}'!$${r.r0 + 1}:$${r.r1 + 1}`;
}

