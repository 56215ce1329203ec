/** The zip layer of the package writer, checked against JSZip (an independent reader and writer). */
import * as zlib from 'zlib';
import fc from 'fast-check';
import { crc32, entryData, entryHead, newEntry, readZip, replacedEntry, writeZip } from '../../../src/hosts/xlsx/zipArchive';
import { openZip, zipContents } from './zipText';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as new () => {
  file(name: string, data: string | Buffer, o?: object): void;
  generateAsync(o: object): Promise<Buffer>;
};

async function jszipArchive(files: Record<string, string | Buffer>, options: object): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', ...options });
}

describe('zip archive', () => {
  it('computes the CRC-32 zip uses', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('copies entries as stored and writes an archive JSZip reads back', async () => {
    const files = { 'a.xml': '<a>甲</a>'.repeat(100), 'b/c.bin': Buffer.from([0, 1, 2, 255]), '名字.txt': '中文名' };
    for (const options of [{ compression: 'DEFLATE' }, { compression: 'STORE' }, { compression: 'DEFLATE', streamFiles: true }]) {
      const input = await jszipArchive(files, options);
      const entries = readZip(input)!;
      const fileEntries = entries.filter((e) => !e.name.endsWith('/'));
      expect(fileEntries.map((e) => e.name)).toEqual(Object.keys(files));
      for (const e of fileEntries) expect(entryData(e).equals(Buffer.from(files[e.name as keyof typeof files]))).toBe(true);
      const changed = entries.map((e) => (e.name === 'a.xml' ? replacedEntry(e, Buffer.from('<a>新</a>'), 6) : e));
      const out = writeZip([...changed, newEntry('d/新.xml', Buffer.from('<d/>'), 1)]);
      const back = await zipContents(out);
      expect(back.get('a.xml')!.toString()).toBe('<a>新</a>');
      expect(back.get('b/c.bin')!.equals(files['b/c.bin'])).toBe(true);
      expect(back.get('名字.txt')!.toString()).toBe('中文名');
      expect(back.get('d/新.xml')!.toString()).toBe('<d/>');
      // Copied entries keep their compressed bytes.
      const again = readZip(out)!;
      expect(again.find((e) => e.name === 'b/c.bin')!.raw.equals(entries.find((e) => e.name === 'b/c.bin')!.raw)).toBe(true);
    }
  });

  it('returns null for what is not a plain zip archive', async () => {
    expect(readZip(Buffer.from('PK but not really an archive, no end record here'))).toBeNull();
    const input = await jszipArchive({ 'a.txt': 'x' }, { compression: 'DEFLATE' });
    // The end record announcing 0xFFFF entries means a zip64 archive.
    const zip64 = Buffer.from(input);
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
    expect(readZip(zip64)).toBeNull();
    // Encrypted entries (flag bit 0 in the central directory).
    const encrypted = Buffer.from(input);
    const cd = encrypted.readUInt32LE(encrypted.length - 22 + 16);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(cd + 8) | 1, cd + 8);
    expect(readZip(encrypted)).toBeNull();
  });

  it('detects damaged data', async () => {
    const input = await jszipArchive({ 'a.txt': 'hello hello hello hello' }, { compression: 'STORE' });
    const damaged = Buffer.from(input);
    const e = readZip(damaged)!.find((x) => x.name === 'a.txt')!;
    e.raw[0] ^= 0xff;
    expect(() => entryData(e)).toThrow(/damaged/);
  });

  it('inflates the head of an entry: a prefix of the whole content, at least as long as asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 1, max: 70_000 }), fc.integer({ min: 0, max: 9 }), (length, atLeast, level) => {
        // Text-like content: compresses well but not infinitely.
        const data = Buffer.from(Array.from({ length: Math.ceil(length / 8) }, (_, i) => `<c r="${i}"/>`).join('').slice(0, length));
        const entry = newEntry('x.xml', data, level);
        const head = entryHead(entry, atLeast);
        expect(head.length).toBeGreaterThanOrEqual(Math.min(atLeast, data.length));
        expect(head.equals(data.subarray(0, head.length))).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(zlib.inflateRawSync(newEntry('y', Buffer.from('abc'), 9).raw).toString()).toBe('abc');
  });

  it('writes what JSZip opens, for many entries', async () => {
    const entries = Array.from({ length: 300 }, (_, i) => newEntry(`xl/worksheets/sheet${i + 1}.xml`, Buffer.from(`<worksheet>${i}</worksheet>`), 1));
    const zip = await openZip(writeZip(entries));
    expect(await zip.file('xl/worksheets/sheet300.xml')!.async('string')).toBe('<worksheet>299</worksheet>');
  });
});
