/** Opening and saving .xlsx files in the browser: a File in, a download out, ExcelJS in between. */
import { Workbook } from 'exceljs';
import { HostError } from '../hosts/host';
import { UWorkbookData } from '../hosts/univer/facade';
import { XLSX_MESSAGES } from '../strings/xlsx';
import { excelToUniver, fileProblem, OpenedWorkbook, univerToExcel } from './xlsxBridge';

export async function openXlsx(bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
  const problem = fileProblem(bytes);
  if (problem === 'protected') {
    throw /\.xls$/i.test(fileName)
      ? new HostError(XLSX_MESSAGES.legacyXls(fileName), 'unreadable')
      : new HostError(XLSX_MESSAGES.protected(fileName), 'protected');
  }
  if (problem) throw new HostError(XLSX_MESSAGES.unreadable(fileName), 'unreadable');
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new HostError(XLSX_MESSAGES.unreadable(fileName), 'unreadable');
  }
  if (wb.worksheets.length === 0) throw new HostError(XLSX_MESSAGES.noSheets, 'unreadable');
  return excelToUniver(wb, fileName.replace(/\.xlsx$/i, ''));
}

export async function xlsxBlob(data: UWorkbookData, active: string): Promise<Blob> {
  const wb = univerToExcel(data, new Workbook(), active);
  const buf = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Offers a blob as a download under `fileName`. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
