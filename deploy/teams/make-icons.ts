/**
 * Draws the Teams icons: color.png (192x192, white envelope on the brand blue) and
 * outline.png (32x32, white envelope outline on transparent). Run `npm run teams:icons`
 * after changing the drawing; the PNGs are committed.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { encodePng } from './png';

export const BRAND_BLUE = [0x00, 0x63, 0xb1] as const;

type Shape = (u: number, v: number) => boolean;
type Box = { left: number; top: number; right: number; bottom: number };

function distanceToSegment(u: number, v: number, [x1, y1]: number[], [x2, y2]: number[]): number {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const t = Math.max(0, Math.min(1, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(u - (x1 + t * dx), v - (y1 + t * dy));
}

const inside = (u: number, v: number, b: Box) => u >= b.left && u <= b.right && v >= b.top && v <= b.bottom;

/** The envelope's flap: a V from the top corners down to the middle. */
const flap = (b: Box, tip: number, halfWidth: number): Shape => (u, v) => {
  const mid = [(b.left + b.right) / 2, tip];
  return inside(u, v, b) && Math.min(distanceToSegment(u, v, [b.left, b.top], mid), distanceToSegment(u, v, [b.right, b.top], mid)) <= halfWidth;
};

/** Fraction of the pixel covered by `shape`, from 4x4 samples (smooth edges). */
function coverage(shape: Shape, x: number, y: number, size: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (shape((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function render(size: number, pixel: (cover: number) => number[], shape: Shape): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) rgba.set(pixel(coverage(shape, x, y, size)), (y * size + x) * 4);
  return encodePng(size, size, rgba);
}

/** Full colour: brand blue everywhere, a white envelope whose flap shows the blue through. */
export function colorIcon(size = 192): Buffer {
  const body: Box = { left: 0.2, top: 0.29, right: 0.8, bottom: 0.71 };
  const line = flap(body, 0.53, 0.022);
  const white: Shape = (u, v) => inside(u, v, body) && !line(u, v);
  const mix = (c: number, from: number) => Math.round(from + (255 - from) * c);
  return render(size, (c) => [mix(c, BRAND_BLUE[0]), mix(c, BRAND_BLUE[1]), mix(c, BRAND_BLUE[2]), 255], white);
}

/** Outline: only white, on transparent; the coverage goes into alpha. */
export function outlineIcon(size = 32): Buffer {
  const stroke = 2 / 32;
  const outer: Box = { left: 0.125, top: 0.25, right: 0.875, bottom: 0.75 };
  const inner: Box = { left: outer.left + stroke, top: outer.top + stroke, right: outer.right - stroke, bottom: outer.bottom - stroke };
  const line = flap(outer, 0.56, stroke / 2);
  const white: Shape = (u, v) => (inside(u, v, outer) && !inside(u, v, inner)) || line(u, v);
  return render(size, (c) => [255, 255, 255, Math.round(255 * c)], white);
}

if (require.main === module) {
  writeFileSync(join(__dirname, 'color.png'), colorIcon());
  writeFileSync(join(__dirname, 'outline.png'), outlineIcon());
  console.log('wrote deploy/teams/color.png and deploy/teams/outline.png');
}
