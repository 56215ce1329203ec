/**
 * Internal hyperlinks (a cell that jumps to another sheet of the same workbook).
 *
 * ExcelJS 4.4 writes every hyperlink with an external relationship, and adds a `location` attribute only for
 * some targets, so Excel opens "#Sheet!A1" as a broken file link (exceljs issues #749, #3027). The OOXML way
 * is a `<hyperlink ref location>` without a relationship. We mark internal targets with a leading "#" and
 * patch ExcelJS's hyperlink writer once to write exactly that, and drop the then unused relationships.
 */
// ExcelJS ships no types for its internal xform modules; the shapes used here are checked at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HyperlinkXform: unknown = require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorksheetXform: unknown = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform');

interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}
interface HyperlinkModel {
  address?: string;
  target?: string;
  tooltip?: string;
  rId?: string;
}
interface Relationship {
  Type?: string;
  Target?: unknown;
}
type Render = (this: unknown, xml: XmlStream, model: HyperlinkModel) => void;
type Prepare = (this: unknown, model: { rels?: Relationship[] }, options: unknown) => void;

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The hyperlink value ExcelJS stores for a jump to `cell` on `sheet`. */
export function internalLinkTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function isInternal(target: unknown): target is string {
  return typeof target === 'string' && target.startsWith('#');
}

let patched = false;

export function ensureInternalLinks(): void {
  if (patched) return;
  const hx = (HyperlinkXform as { prototype?: { render?: Render } }).prototype;
  const wx = (WorksheetXform as { prototype?: { prepare?: Prepare } }).prototype;
  if (!hx || typeof hx.render !== 'function' || !wx || typeof wx.prepare !== 'function') {
    throw new Error('ExcelJS internals changed: hyperlink writer not found');
  }
  const render: Render = hx.render;
  const prepare: Prepare = wx.prepare;
  hx.render = function (this: unknown, xml: XmlStream, model: HyperlinkModel): void {
    if (isInternal(model.target)) {
      xml.leafNode('hyperlink', { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
      return;
    }
    render.call(this, xml, model);
  };
  wx.prepare = function (this: unknown, model: { rels?: Relationship[] }, options: unknown): void {
    prepare.call(this, model, options);
    if (Array.isArray(model.rels)) {
      model.rels = model.rels.filter((r) => !(r.Type === HYPERLINK_REL && isInternal(r.Target)));
    }
  };
  patched = true;
}
