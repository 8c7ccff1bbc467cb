/**
 * Draws the app icon (a calendar page with a star) as SVG and rasterises it with the local Chromium
 * into the PNGs the web app manifest and iOS ask for. Run `npx tsx scripts/make-icons.ts` after changing the drawing and commit the files it writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { launchChromium } from './chromium';

const BLUE = '#1d4ed8';
const PAGE_BAND = '#bfdbfe';
const STAR = '#f59e0b';
const STAR_EDGE = '#b45309';

const publicDir = resolve(import.meta.dirname, '..', 'public');

/** The points of a five-pointed star centred on (cx, cy), as an SVG `points` list. */
function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

/** The calendar-and-star drawing on a 512 grid, scaled by `scale` about the centre. */
function glyph(scale: number): string {
  return `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <rect x="104" y="132" width="304" height="280" rx="36" fill="#fff"/>
    <path d="M104 168a36 36 0 0 1 36-36h232a36 36 0 0 1 36 36v44H104z" fill="${PAGE_BAND}"/>
    <rect x="168" y="96" width="32" height="76" rx="16" fill="#fff" stroke="${BLUE}" stroke-width="12"/>
    <rect x="312" y="96" width="32" height="76" rx="16" fill="#fff" stroke="${BLUE}" stroke-width="12"/>
    <polygon points="${starPoints(256, 318, 86, 36)}" fill="${STAR}" stroke="${STAR_EDGE}" stroke-width="10" stroke-linejoin="round"/>
  </g>`;
}

/** A rounded tile for browsers; transparent corners. */
const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="104" fill="${BLUE}"/>
  ${glyph(1)}
</svg>`;

/** Full bleed, with the drawing inside the central safe circle (80 %) that launchers never crop. */
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${BLUE}"/>
  ${glyph(0.74)}
</svg>`;

const rasters = [
  { file: 'icons/icon-192.png', svg: anyIcon, size: 192 },
  { file: 'icons/icon-512.png', svg: anyIcon, size: 512 },
  { file: 'icons/maskable-512.png', svg: maskableIcon, size: 512 },
  // iOS rounds the corners itself and shows transparency as black, so it gets the full-bleed tile.
  { file: 'apple-touch-icon.png', svg: maskableIcon, size: 180 },
];

async function main(): Promise<void> {
  await writeFile(resolve(publicDir, 'favicon.svg'), `${anyIcon}\n`);
  const browser = await launchChromium();
  try {
    for (const { file, svg, size } of rasters) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<body style="margin:0">${sized}</body>`);
      const target = resolve(publicDir, file);
      await mkdir(dirname(target), { recursive: true });
      await page.screenshot({ path: target, omitBackground: true });
      await page.close();
      console.log(`wrote public/${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
