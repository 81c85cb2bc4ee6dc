import { describe, expect } from 'vitest';
import { axeViolations } from './axe';
import { it, siteUrl, WIDTHS } from './browser';
import { pagePaths } from './site';

describe('axe-core: no violations on any page', () => {
  for (const [name, size] of Object.entries(WIDTHS)) {
    it(`every page at ${name} width (${size.width}px)`, async ({ openPage }) => {
      const { page } = await openPage(size);
      const failures: string[] = [];
      for (const p of pagePaths()) {
        await page.goto(siteUrl(p === '/404.html' ? '404.html' : p));
        failures.push(...(await axeViolations(page)).map((s) => `${p}: ${s}`));
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
