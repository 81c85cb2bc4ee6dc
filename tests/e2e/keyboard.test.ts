import { describe, expect } from 'vitest';
import { it, siteUrl, WIDTHS } from './browser';

/** Keyboard alone: a skip link first, visible focus, every control reachable by Tab. */
describe('keyboard', () => {
  for (const path of ['', 'notices/zgf-2019-17/']) {
    it(`tabs through /${path} with the skip link first and focus always visible`, async ({ openPage }) => {
      const { page } = await openPage(WIDTHS.desktop);
      await page.goto(siteUrl(path));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { text: el.textContent?.trim(), href: el.getAttribute('href'), visible: r.width >= 24 && r.height >= 24 && r.top >= 0 };
      });
      expect(first).toEqual({ text: '跳到正文', href: '#main', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await page.goto(siteUrl(path));
      const expected = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
            (el) => el.getClientRects().length > 0 || el.matches('.sr-only'),
          ).length,
      );
      const seen = new Set<string>();
      const invisible: string[] = [];
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const focusVisible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          const all = [...document.querySelectorAll('*')];
          return { key: `${el.tagName}#${all.indexOf(el)}`, label: (el.textContent ?? '').trim().slice(0, 30), focusVisible };
        });
        if (!info) break;
        if (seen.has(info.key)) break;
        seen.add(info.key);
        if (!info.focusVisible) invisible.push(info.label);
      }
      expect(invisible).toEqual([]);
      expect(seen.size).toBe(expected);
    });
  }
});
