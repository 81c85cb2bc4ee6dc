import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, newPage, siteUrl, WIDTHS } from './browser';
import { pagePaths } from './site';

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
        failures.push(...(await axeViolations(page)).map((s) => `${p}: ${s}`));
      }
      await context.close();
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
