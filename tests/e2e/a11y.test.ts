import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl, WIDTHS } from './browser';
import { pagePaths } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core in the page (evaluated over DevTools, so the page's CSP does not block it). */
export async function runAxe(page: Page): Promise<AxeResult> {
  await page.evaluate(axeSource);
  return page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
}

const summary = (r: AxeResult) =>
  r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);

describe('axe-core: no violations on any page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const [name, size] of Object.entries(WIDTHS)) {
    it(`every page at ${name} width (${size.width}px)`, async () => {
      const { context, page } = await newPage(browser, size);
      const failures: string[] = [];
      for (const p of pagePaths()) {
        await page.goto(siteUrl(p === '/404.html' ? '404.html' : p));
        const r = await runAxe(page);
        failures.push(...summary(r).map((s) => `${p}: ${s}`));
      }
      await context.close();
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
