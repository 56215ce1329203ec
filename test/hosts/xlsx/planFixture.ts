/** A sheet plan that uses everything a plan can hold, for the .xlsx writing tests. */
import { SheetPlan } from '../../../src/engine/model/plan';

export function fullPlan(name: string, overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    values: [
      ['标题', null, null],
      ['=1+1', '+86 123', '@备注'],
      ['产出指标', 0.5, 12.345],
      ['跳转', null, '-5'],
    ],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }],
    columnWidths: [12, 20, 9],
    rowHeights: { 1: 30 },
    numberFormats: [
      { range: { r0: 2, c0: 1, r1: 2, c1: 1 }, format: '0%' },
      { range: { r0: 2, c0: 2, r1: 2, c1: 2 }, format: '0.00' },
    ],
    styles: [
      { range: { r0: 0, c0: 0, r1: 3, c1: 2 }, style: { border: true } },
      { range: { r0: 0, c0: 0, r1: 0, c1: 2 }, style: { bold: true, fontSize: 16, horizontal: 'center', fill: '#DDEBF7' } },
      { range: { r0: 1, c0: 0, r1: 1, c1: 2 }, style: { wrap: true, vertical: 'top', fontColor: '#C00000' } },
    ],
    validations: [{ range: { r0: 2, c0: 0, r1: 9, c1: 0 }, list: ['产出指标', '效益指标', '满意度指标'], errorMessage: '请从下拉列表中选择。' }],
    links: [{ row: 3, col: 0, sheet: '目标 表', cell: 'B2' }],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, repeatRows: { r0: 1, r1: 2 } },
    freeze: { rows: 2, cols: 1 },
    autoFilter: { r0: 1, c0: 0, r1: 3, c1: 2 },
    ...overrides,
  };
}
