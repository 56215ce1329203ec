/** Formats appended to a workbook's styles part (stylesPart.ts): ids that clash with nothing, counts that match. */
import { StylesPart } from '../../../src/hosts/xlsx/stylesPart';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const BASE = `<fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`;
/** A conditional format's number format: its id is taken although numFmts does not list it. */
const DXFS = '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.0%"/></dxf></dxfs>';

function formats(xml: string): [string, string][] {
  const list = /<numFmts[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml)?.[1] ?? '';
  return [...list.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]);
}

describe('number formats', () => {
  it('gives a new format an id after those the differential formats use', () => {
    const styles = StylesPart.parse(`<styleSheet ${NS}>${BASE}${DXFS}</styleSheet>`)!;
    expect(styles.xf({ numFmt: '0.000"分"' })).toBe(1);
    const xml = styles.toXml();
    expect(formats(xml)).toEqual([['165', '0.000&quot;分&quot;']]);
    expect(xml).toContain('<cellXfs count="2">');
    expect(xml).toContain('<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    // numFmts is the first child of styleSheet, the dxfs are untouched.
    expect(xml.indexOf('<numFmts')).toBe(xml.indexOf('>') + 1);
    expect(xml).toContain(DXFS);
  });

  it('reuses a listed format with the same code, writes built-in codes as their ids, and numbers after the highest id', () => {
    // LibreOffice lists "General" as 164; WPS numbers its accounting formats from 176.
    const list = '<numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="176" formatCode="#,##0.00_ "/></numFmts>';
    const styles = StylesPart.parse(`<styleSheet ${NS}>${list}${BASE}</styleSheet>`)!;
    styles.xf({ numFmt: 'General', style: { bold: true } });
    styles.xf({ numFmt: '#,##0.00_ ' });
    styles.xf({ numFmt: '0%' });
    styles.xf({ numFmt: '0.0"万元"' });
    const xml = styles.toXml();
    expect(formats(xml)).toEqual([
      ['164', 'General'],
      ['176', '#,##0.00_ '],
      ['177', '0.0&quot;万元&quot;'],
    ]);
    expect(xml).toContain('<numFmts count="3">');
    const xfs = [...xml.matchAll(/<xf numFmtId="(\d+)" fontId="(\d+)"[^>]*xfId="0"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(xfs).toEqual([
      [0, 0],
      [0, 1],
      [176, 0],
      [9, 0],
      [177, 0],
    ]);
    // The bold font starts from the default font.
    expect(xml).toContain('<fonts count="2"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>');
  });
});
