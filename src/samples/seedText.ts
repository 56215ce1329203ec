/**
 * Parser for the seed document (samples/seed-2023-卢龙县市场监督管理局.txt), a text export of a Word file.
 *
 * Format: free paragraphs, then tables. A table row is a run of lines that each start with a TAB (one line per
 * cell, the TAB stripped); any other line ends the row. A table's title is a normal line directly followed
 * (blank lines aside) by table rows; Word's "[bookmark: …]" prefix is stripped from every normal line.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface SeedTable {
  title: string;
  rows: string[][];
}

export interface SeedDocument {
  /** Paragraphs before the first table, as written (blank paragraphs included as ''). */
  preamble: string[];
  tables: SeedTable[];
}

export const SEED_FILE_NAME = 'seed-2023-卢龙县市场监督管理局.txt';

const BOOKMARK = /^\[bookmark:[^\]]*\]/;

function stripBookmark(line: string): string {
  let t = line;
  while (BOOKMARK.test(t)) t = t.replace(BOOKMARK, '');
  return t;
}

export function parseSeedText(text: string): SeedDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const preamble: string[] = [];
  const tables: SeedTable[] = [];
  let table: SeedTable | null = null;
  let row: string[] | null = null;

  /** True when the next non-blank line after index i is a table row. */
  const tableFollows = (i: number): boolean => {
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.startsWith('\t')) return true;
      if (l.trim() !== '') return false;
    }
    return false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('\t')) {
      if (!table) throw new Error(`seed line ${i + 1}: table row without a title`);
      if (!row) {
        row = [];
        table.rows.push(row);
      }
      row.push(line.slice(1));
      continue;
    }
    row = null;
    const textLine = stripBookmark(line);
    if (textLine.trim() !== '' && tableFollows(i)) {
      table = { title: textLine.trim(), rows: [] };
      tables.push(table);
      continue;
    }
    if (tables.length === 0) {
      preamble.push(textLine);
    } else if (textLine.trim() !== '') {
      // Nothing in the seed sits between or after tables; fail loudly rather than drop text.
      throw new Error(`seed line ${i + 1}: text outside a table after the first table`);
    }
  }
  // Word's export ends the preamble with blank paragraphs; keep inner blanks, drop trailing ones.
  while (preamble.length > 0 && preamble[preamble.length - 1].trim() === '') preamble.pop();
  return { preamble, tables };
}

/** Path of the seed text in the repository (works from src/samples under ts-jest and from lib/samples). */
export function seedFilePath(): string {
  const candidates = [
    path.resolve(__dirname, '..', '..', 'samples', SEED_FILE_NAME),
    path.resolve(process.cwd(), 'samples', SEED_FILE_NAME),
  ];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return candidates[0];
}

let cached: SeedDocument | null = null;

/** A fresh copy each call, so a test that edits its tables cannot affect another. */
export function loadSeedDocument(): SeedDocument {
  if (!cached) cached = parseSeedText(fs.readFileSync(seedFilePath(), 'utf8'));
  return {
    preamble: cached.preamble.slice(),
    tables: cached.tables.map((t) => ({ title: t.title, rows: t.rows.map((r) => r.slice()) })),
  };
}

export function seedTables(): SeedTable[] {
  return loadSeedDocument().tables;
}
