import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, siteUrl, WIDTHS } from './browser';
import { PROJECT } from './site';

/**
 * axe-core (WCAG 2.2 A/AA and best practices) over the pages of issue 5, at phone and
 * desktop width, and over the pre-check's answer; and no sideways scrolling at 390 px.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SUBPROJECTS = ['micro-video', 'themed-activities', 'photography', 'service-platforms', 'recitation', 'songs', 'micro-lessons'];
const PAGES = ['', 'subprojects/', ...SUBPROJECTS.flatMap((id) => [`subprojects/${id}/`, `subprojects/${id}/poster/`]), 'contacts/', 'timeline/'];

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, TAGS);
  return violations;
}

describe('accessibility of the taking-part pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const [name, size] of Object.entries(WIDTHS)) {
    it(`no axe violations and no sideways scroll at ${name} width`, async () => {
      // bypassCSP only lets the test inject axe; the pages themselves run under their CSP.
      const context = await browser.newContext({ viewport: size, locale: 'zh-CN', bypassCSP: true });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const p of PAGES) {
        await page.goto(siteUrl(p));
        for (const v of await axe(page)) problems.push(`${p}: ${v}`);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (scroll > 0) problems.push(`${p}: scrolls sideways by ${scroll}px`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it('the pre-check answer has no axe violations', async () => {
    const context = await browser.newContext({ viewport: WIDTHS.phone, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(siteUrl('subprojects/micro-video/'));
    await page.setInputFiles('#precheck-file', join(PROJECT, 'tests/fixtures/video/mov-renamed.mp4'));
    await page.locator('[data-verdict]').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
