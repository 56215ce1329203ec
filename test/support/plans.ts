/** A minimal sheet plan for adapter tests: the given values, nothing else unless `extra` says so. */
import { CellValue } from '../../src/engine/grid/grid';
import { SheetPlan } from '../../src/engine/model/plan';

export function plan(name: string, values: CellValue[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    values,
    merges: [],
    columnWidths: [],
    numberFormats: [],
    styles: [],
    validations: [],
    links: [],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: 1 },
    ...extra,
  };
}
