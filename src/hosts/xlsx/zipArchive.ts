/**
 * Just enough of the zip format to rewrite an .xlsx package: list its entries from the central directory,
 * copy unchanged entries as their compressed bytes (no inflate, no deflate), replace a few, add new ones.
 *
 * Only what .xlsx writers produce is accepted: one disk, no zip64, no encryption, stored or deflated
 * entries. Anything else makes `readZip` return null, and the caller writes the package another way.
 */
import * as zlib from 'zlib';

export interface ZipEntry {
  /** The name as stored (the bytes are kept, so names are written back exactly). */
  name: string;
  nameBytes: Buffer;
  /** General purpose flags as read; bit 3 (sizes after the data) is dropped when written. */
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  uncompressedSize: number;
  /** The entry's data as stored in the archive. */
  raw: Buffer;
  externalAttributes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const MAX_32 = 0xffffffff;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** The archive's entries in central-directory order, or null for an archive this module does not handle. */
export function readZip(buf: Buffer): ZipEntry[] | null {
  if (buf.length < 22) return null;
  const end = findEndOfCentralDirectory(buf);
  if (end < 0) return null;
  const disk = buf.readUInt16LE(end + 4);
  const cdDisk = buf.readUInt16LE(end + 6);
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0 || count === 0xffff || cdOffset === MAX_32 || cdOffset + cdSize > end) return null;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if ((flags & FLAG_ENCRYPTED) !== 0 || (method !== STORED && method !== DEFLATED)) return null;
    if (compressedSize === MAX_32 || uncompressedSize === MAX_32 || localOffset === MAX_32) return null;
    const nameBytes = Buffer.from(buf.subarray(p + 46, p + 46 + nameLength));
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) return null;
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buf.length) return null;
    entries.push({
      name: nameBytes.toString((flags & FLAG_UTF8) !== 0 ? 'utf8' : 'latin1'),
      nameBytes,
      flags,
      method,
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      uncompressedSize,
      raw: buf.subarray(dataStart, dataStart + compressedSize),
      externalAttributes: buf.readUInt32LE(p + 38),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry whose data cannot be inflated or does not match its size and CRC. */
export class DamagedEntry extends Error {}

/** The entry's content. Throws `DamagedEntry` when the data is damaged. */
export function entryData(entry: ZipEntry): Buffer {
  let data: Buffer;
  try {
    data = entry.method === STORED ? entry.raw : zlib.inflateRawSync(entry.raw);
  } catch (e) {
    throw new DamagedEntry(`zip entry ${entry.name} is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc) throw new DamagedEntry(`zip entry ${entry.name} is damaged`);
  return data;
}

/**
 * The first bytes of an entry's content (at least `atLeast` when the entry is that long), inflating only
 * as much as needed. Used to look at the head of a large part without inflating all of it.
 */
export function entryHead(entry: ZipEntry, atLeast: number): Buffer {
  if (entry.method === STORED) return entry.raw.subarray(0, atLeast);
  try {
    return inflatedHead(entry, atLeast);
  } catch (e) {
    throw new DamagedEntry(`zip entry ${entry.name} is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function inflatedHead(entry: ZipEntry, atLeast: number): Buffer {
  // XML deflates about 4 to 8 times: start with an eighth of the wanted length, take four times more while short.
  for (let slice = Math.max(1024, atLeast >> 3); ; slice *= 4) {
    if (slice >= entry.raw.length) return zlib.inflateRawSync(entry.raw);
    const head = zlib.inflateRawSync(entry.raw.subarray(0, slice), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    if (head.length >= atLeast) return head;
  }
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 as zip uses it; Node's own (≥ 20.15) when present. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (typeof native === 'function') return native(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** DOS date and time of `d` (local time, two-second steps), as zip stores modification times. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Deflate settings for `length` bytes: parts up to 64 KB get an 8 KB window and a smaller hash instead of
 * zlib's 32 KB and 64 KB. Sheet XML repeats itself within a few kilobytes, so the output is as small (the
 * bench's 200 sheets: 416 KB either way), and setting up the smaller state for each part takes a third less
 * time when hundreds of small sheets are written.
 */
function deflateOptions(level: number, length: number): zlib.ZlibOptions {
  return length <= 65536 ? { level, windowBits: 13, memLevel: 7 } : { level };
}

/** A new entry holding `data`, deflated at `level`. Names are written as UTF-8. */
export function newEntry(name: string, data: Buffer, level: number, modified = new Date()): ZipEntry {
  return entryWith(name, data, zlib.deflateRawSync(data, deflateOptions(level, data.length)), modified);
}

function entryWith(name: string, data: Buffer, raw: Buffer, modified: Date): ZipEntry {
  const { time, date } = dosDateTime(modified);
  return {
    name,
    nameBytes: Buffer.from(name, 'utf8'),
    flags: /^[\x20-\x7e]*$/.test(name) ? 0 : FLAG_UTF8,
    method: DEFLATED,
    time,
    date,
    crc: crc32(data),
    uncompressedSize: data.length,
    raw,
    externalAttributes: 0,
  };
}

/** `entry` with new content; its name, flags and time are kept. */
export function replacedEntry(entry: ZipEntry, data: Buffer, level: number): ZipEntry {
  return {
    ...entry,
    method: DEFLATED,
    crc: crc32(data),
    uncompressedSize: data.length,
    raw: zlib.deflateRawSync(data, deflateOptions(level, data.length)),
  };
}

/**
 * The fields the local header and the central directory record share, in the same order: flags, method,
 * time, date, CRC, compressed and uncompressed size, name length (24 bytes from `at`).
 */
function writeEntryFields(header: Buffer, at: number, e: ZipEntry, flags: number): void {
  header.writeUInt16LE(flags, at);
  header.writeUInt16LE(e.method, at + 2);
  header.writeUInt16LE(e.time, at + 4);
  header.writeUInt16LE(e.date, at + 6);
  header.writeUInt32LE(e.crc, at + 8);
  header.writeUInt32LE(e.raw.length, at + 12);
  header.writeUInt32LE(e.uncompressedSize, at + 16);
  header.writeUInt16LE(e.nameBytes.length, at + 20);
}

/** The archive of `entries`, in order. */
export function writeZip(entries: ZipEntry[]): Buffer {
  if (entries.length >= 0xffff) throw new Error('too many zip entries');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const flags = e.flags & ~FLAG_DATA_DESCRIPTOR;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    writeEntryFields(local, 6, e, flags);
    local.writeUInt16LE(0, 28);
    chunks.push(local, e.nameBytes, e.raw);

    const c = Buffer.alloc(46);
    c.writeUInt32LE(CENTRAL, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    writeEntryFields(c, 8, e, flags);
    c.writeUInt32LE(e.externalAttributes >>> 0, 38);
    c.writeUInt32LE(offset, 42);
    central.push(c, e.nameBytes);

    offset += 30 + e.nameBytes.length + e.raw.length;
    if (offset > MAX_32) throw new Error('zip archive too large');
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, eocd]);
}
