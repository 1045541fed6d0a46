// Draws the app icons (a zero ring resting on a floor line) as PNGs with node's zlib, so
// no image tool is needed: `node scripts/make-icons.mjs` writes public/icons/*.png.
// The art stays inside the central 60% so the maskable variant survives any mask shape.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BACKGROUND = [11, 31, 51];
const RING = [94, 234, 212];
const FLOOR = [249, 115, 22];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

/** Coverage-based anti-aliasing: sample each pixel on a 4x4 grid. */
function iconPixel(size) {
  const c = size / 2;
  const outer = size * 0.26;
  const inner = size * 0.17;
  const floorTop = size * 0.7;
  const floorBottom = size * 0.75;
  const floorHalf = size * 0.3;
  return (x, y) => {
    let ring = 0;
    let floor = 0;
    for (let sy = 0; sy < 4; sy++) {
      for (let sx = 0; sx < 4; sx++) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        const d = Math.hypot((px - c) / 0.82, py - c * 0.86);
        if (d <= outer && d >= inner) ring++;
        else if (py >= floorTop && py <= floorBottom && Math.abs(px - c) <= floorHalf) floor++;
      }
    }
    const withRing = mix(BACKGROUND, RING, ring / 16);
    return mix(withRing, FLOOR, floor / 16);
  };
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) {
  const png = encodePng(size, iconPixel(size));
  writeFileSync(`public/icons/icon-${size}.png`, png);
  writeFileSync(`public/icons/maskable-${size}.png`, png);
}
writeFileSync('public/icons/apple-touch-icon.png', encodePng(180, iconPixel(180)));
console.log('icons written to public/icons');
