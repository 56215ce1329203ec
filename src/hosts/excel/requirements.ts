/**
 * Which Excel API versions the running Excel supports. The manifest requires ExcelApi 1.8 (data validation,
 * the oldest feature a template cannot do without: Excel 2019 and newer); everything newer is detected:
 *  - 1.9  worksheet-collection change events, page layout (print setup), auto filter, screen-update pause,
 *         multi-area ranges (one mark rule per severity instead of one per cell)
 *  - 1.13 reading merged areas (older Excel reads no merges; the engine still finds the values, which sit in
 *         the top-left cells of merged areas)
 *  - 1.14 `triggerSource` on change events (older Excel: an expected-write guard filters our own writes)
 *  - 1.17 worksheet-name change events (older Excel: sheet names are refreshed with every read instead)
 */
export const MIN_EXCEL_API = '1.8';

export interface ExcelFeatures {
  events: boolean;
  pageLayout: boolean;
  autoFilter: boolean;
  suspendScreenUpdating: boolean;
  mergedAreas: boolean;
  triggerSource: boolean;
  rangeAreas: boolean;
  nameChangedEvents: boolean;
}

export type SetSupport = (version: string) => boolean;

/** Office's own check; false when Office.js is not loaded (outside Office). */
export function officeSetSupport(): SetSupport {
  return (version) => {
    if (typeof Office === 'undefined' || !Office.context || !Office.context.requirements) return false;
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  };
}

export function detectFeatures(supports: SetSupport): ExcelFeatures {
  const v19 = supports('1.9');
  return {
    events: v19,
    pageLayout: v19,
    autoFilter: v19,
    suspendScreenUpdating: v19,
    mergedAreas: supports('1.13'),
    triggerSource: supports('1.14'),
    rangeAreas: v19,
    nameChangedEvents: supports('1.17'),
  };
}
