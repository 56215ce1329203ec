#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a blue table with a white check mark.
 * Pure Node (zlib for PNG deflate), supersampled 4× for smooth edges. Run: node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [0x1f, 0x5f, 0xbf];
const LIGHT = [0xe8, 0xf0, 0xfb];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x8a, 0x3e];

/** Colour of the glyph at (x, y) in a unit square, or null for transparent. */
function shade(x, y) {
  const m = 0.06;
  if (x < m || x > 1 - m || y < m || y > 1 - m) return null;
  // Rounded outer corners.
  const r = 0.12;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Check badge, bottom right.
  const bx = 0.7, by = 0.7, br = 0.25;
  const d = Math.hypot(x - bx, y - by);
  if (d < br) {
    if (d > br - 0.04) return WHITE;
    const onSeg = (x1, y1, x2, y2, w) => {
      const vx = x2 - x1, vy = y2 - y1;
      const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(x - (x1 + t * vx), y - (y1 + t * vy)) < w;
    };
    if (onSeg(0.58, 0.71, 0.67, 0.8, 0.04) || onSeg(0.67, 0.8, 0.83, 0.6, 0.04)) return WHITE;
    return GREEN;
  }
  // Table: blue frame and header, light body, blue grid lines.
  const inner = 0.14;
  if (x < inner || x > 1 - inner || y < inner || y > 1 - inner) return BLUE;
  if (y < 0.34) return BLUE;
  const lines = [0.44, 0.6, 0.76];
  const cols = [0.43, 0.62];
  const t = 0.035;
  if (lines.some((l) => Math.abs(y - l) < t / 2) || cols.some((c) => Math.abs(x - c) < t / 2)) return BLUE;
  return LIGHT;
}

function render(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    row[0] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = 1 + px * 4;
      if (a > 0) { row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a); }
      row[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(w, h, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size));
}
console.log('icons written to', out);
