/** Opening .xlsx files with ExcelJS, turning every way it can fail into a `HostError` with a Chinese line. */
import * as fs from 'fs';
import { newWorkbook, Workbook } from './excelWorkbook';
import { HostError } from '../host';
import { XLSX_MESSAGES } from '../../strings/xlsx';

/** Encrypted .xlsx files (and old .xls) are OLE compound files, not zip archives. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  return sig.every((b, i) => buf[i] === b);
}

/** True when a CFB container holds an "EncryptedPackage" stream (the name is stored as UTF-16LE). */
function isEncryptedPackage(buf: Buffer): boolean {
  return buf.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0;
}

export function classifyBytes(buf: Buffer, label: string): HostError | null {
  if (startsWith(buf, CFB_SIGNATURE.slice(0, 4))) {
    // Without the stream name we cannot tell an encrypted .xlsx from an old .xls; a CFB file given as .xlsx
    // is most often an encrypted one, which is what the user can fix.
    if (isEncryptedPackage(buf) || !/\.xls$/i.test(label)) return new HostError(XLSX_MESSAGES.protected(label), 'protected');
    return new HostError(XLSX_MESSAGES.legacyXls(label), 'unreadable');
  }
  if (!startsWith(buf, ZIP_SIGNATURE)) return new HostError(XLSX_MESSAGES.unreadable(label), 'unreadable');
  return null;
}

export async function workbookFromBuffer(buf: Buffer, label: string): Promise<Workbook> {
  const bad = classifyBytes(buf, label);
  if (bad) throw bad;
  const wb = newWorkbook();
  try {
    await wb.xlsx.load(buf as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    // ExcelJS/JSZip messages ("End of data reached", "Can't find end of central directory") mean nothing to users.
    throw new HostError(XLSX_MESSAGES.unreadable(label), 'unreadable');
  }
  return wb;
}

export function readFileBytes(path: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new HostError(XLSX_MESSAGES.noAccess(path), 'unreadable');
    throw new HostError(XLSX_MESSAGES.notFound(path), 'not-found');
  }
  if (!stat.isFile()) throw new HostError(XLSX_MESSAGES.notAFile(path), 'not-found');
  try {
    return fs.readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new HostError(XLSX_MESSAGES.noAccess(path), 'unreadable');
    throw new HostError(XLSX_MESSAGES.unreadable(path), 'unreadable');
  }
}
