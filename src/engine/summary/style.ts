/** Shared looks of the summary sheets. */
import { CellStyle } from '../model/plan';

export const HEADER_STYLE: CellStyle = { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
export const TOTAL_STYLE: CellStyle = { bold: true, fill: '#F2F2F2' };
export const SEVERITY_FILL = { error: '#FDE2E1', warning: '#FFF4CE', info: '#E8F1FB' } as const;
