#!/usr/bin/env node
// @ts-check
// Prints every notice of the built site (dist/) to PDF in Chromium, as a browser's 打印 → 另存为
// PDF does with the print stylesheet (A4, the @page margins, no browser header or footer), into
// tmp/print/<id>.pdf; with `--png id:page ...`, also draws the pages named as PNG into
// docs/images/print-<id>.png (poppler-utils' pdftoppm), the printed pages shown in
// docs/printing.md. Run after `npm run build`:
//   node scripts/print-notices.mjs --png zgf-2019-17:1 mg-2019-64:4 qg-2019-27:3
// `--dist dist-test/site` prints a test site's notices instead (after `node scripts/test-sites.mjs site`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
/** The arguments after an option, up to the next option. */
const after = (/** @type {string} */ option) => {
  const rest = args.includes(option) ? args.slice(args.indexOf(option) + 1) : [];
  const end = rest.findIndex((a) => a.startsWith('--'));
  return end < 0 ? rest : rest.slice(0, end);
};
const DIST = join(ROOT, after('--dist')[0] ?? 'dist');
const OUT = join(ROOT, 'tmp', 'print');
/** @type {Map<string, number>} notice id → page to draw */
const pngs = new Map(after('--png').map((a) => /** @type {[string, number]} */ ([a.split(':')[0] ?? '', Number(a.split(':')[1] ?? 1)])));

if (!existsSync(join(DIST, 'notices'))) throw new Error(`没有找到 ${join(DIST, 'notices')}：先运行 npm run build。`);
const ids = readdirSync(join(DIST, 'notices')).filter((d) => existsSync(join(DIST, 'notices', d, 'index.html')));
mkdirSync(OUT, { recursive: true });
const server = await startServer(DIST, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const id of ids) {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${server.url}notices/${id}/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, `${id}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    console.log(pdf);
    const n = pngs.get(id);
    if (n) {
      const base = join(ROOT, 'docs', 'images', `print-${id}`);
      execFileSync('pdftoppm', ['-r', '72', '-f', String(n), '-l', String(n), '-singlefile', '-png', pdf, `${base}.tmp`]);
      renameSync(`${base}.tmp.png`, `${base}.png`);
      console.log(`${base}.png（第 ${n} 页）`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
