import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, test as base } from 'vitest';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium on a machine with no network: no background traffic, no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

/** Launches Debian's Chromium. A missing browser is a failure, never a skip (scripts/ensure-browser.sh installs it). */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`没有找到 Chromium（${CHROMIUM}）。运行 bash scripts/ensure-browser.sh 安装，或设置 CHROME_PATH。`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The served site's address for a path inside the site ("notices/" → http://127.0.0.1:port/base/notices/). */
export function siteUrl(path: string): string {
  return inject('baseUrl') + path.replace(/^\/+/, '');
}

export async function newPage(browser: Browser, size: { width: number; height: number } = WIDTHS.phone, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN', javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

export type OpenPage = (
  size?: { width: number; height: number },
  javaScriptEnabled?: boolean,
) => Promise<{ context: BrowserContext; page: Page; errors: string[] }>;

/**
 * The browser tests' fixture: `browser` is launched once per test file and closed after it;
 * `openPage` opens a page in a fresh context, and every context a test opened is closed when the
 * test ends, passed or failed:
 * `it('…', async ({ openPage }) => { const { page } = await openPage(WIDTHS.phone); … })`.
 */
export const test = base
  // Vitest reads a fixture's dependencies from its first parameter's pattern: none here.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launch();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('openPage', async ({ browser }, { onCleanup }) => {
    const opened: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.allSettled(opened.map((c) => c.close()));
    });
    const open: OpenPage = async (size = WIDTHS.phone, javaScriptEnabled = true) => {
      const p = await newPage(browser, size, javaScriptEnabled);
      opened.push(p.context);
      return p;
    };
    return open;
  });
export const it = test;
