/**
 * Renders the app icon (src/web/public/icons/icon.svg) to the PNG sizes the web manifest lists.
 * Run after changing the icon: `npx tsx scripts/render-icons.ts` (needs Debian's chromium).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../src/web/public/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, padding] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  // Maskable icons keep their content inside the central 80 % safe zone.
  ['icon-maskable-512.png', 512, 0.1],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:#f7f4ef"><div style="padding:${inset}px">${svg.replace('<svg', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}"`)}</div></body>`,
  );
  await page.screenshot({ path: new URL(name, dir).pathname, omitBackground: padding === 0 });
}
await browser.close();
