#!/usr/bin/env node
// @ts-check
// Draws docs/images/check-error.png, the terminal picture CONTRIBUTING.md shows under “出错时会看到什么”:
// `npm run check -- --format=github` run over the real content with the several-errors fixture laid
// over it (tests/content/fixtures/several-errors), its real output set in a terminal-like page and
// photographed in Debian's Chromium with the CJK fonts. Run again when the messages change.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'portal-check-shot-'));
cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
cpSync(join(ROOT, 'tests/content/fixtures/several-errors/content'), join(root, 'content'), { recursive: true });
const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check.ts'), '--format=github'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, GITHUB_ACTIONS: '' },
});
rmSync(root, { recursive: true, force: true });
const text = `$ npm run check -- --format=github\n${r.stderr.trim()}\n${r.stdout.trim()}\nexit ${r.status}`;
const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
await page.setContent(
  `<html lang="zh-CN"><body style="margin:0;background:#1e1e1e"><pre id="t" style="margin:0;padding:16px;color:#e5e5e5;font:15px/1.45 'Noto Sans Mono CJK SC','Noto Sans CJK SC',monospace;white-space:pre-wrap;width:968px">${escape(text)}</pre></body></html>`,
);
await page.locator('#t').screenshot({ path: join(ROOT, 'docs/images/check-error.png') });
await browser.close();
console.log('docs/images/check-error.png');
