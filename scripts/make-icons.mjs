#!/usr/bin/env node
// @ts-check
// Draws the site's PNG icons from public/favicon.svg's design, once, in Chromium with Debian's
// fonts-noto-cjk (the glyph 网 needs a CJK font): public/apple-touch-icon.png (180 px, for a phone's
// home screen) and public/share.png (512 px, the picture apps show beside a shared link). The
// PNGs are committed, so neither the build nor the tests need this script; run it again
// (`node scripts/make-icons.mjs`) only when the design changes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${ROOT}public/favicon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // Square corners: phones and chat apps round or crop the picture themselves.
  for (const [file, size] of /** @type {const} */ ([
    ['apple-touch-icon.png', 180],
    ['share.png', 512],
  ])) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The favicon's drawing at full size, with the CJK font named outright.
    const art = svg
      .replace('<svg ', `<svg width="${size}" height="${size}" `)
      .replace(/rx="\d+"/, 'rx="0"')
      .replace('font-family="sans-serif"', 'font-family="Noto Sans CJK SC, sans-serif" font-weight="700"');
    await page.setContent(`<!doctype html><html><body style="margin:0">${art}</body></html>`);
    await page.screenshot({ path: `${ROOT}public/${file}`, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
