import { describe, expect } from 'vitest';
import { it, siteUrl, WIDTHS } from './browser';
import { pagePaths } from './site';

/** Phone-first: at 390 px nothing scrolls sideways but a table, and tap targets are at least 24 px. */
describe('at 390 px', () => {
  it('no page scrolls sideways, and tables scroll inside their own box', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    const problems: string[] = [];
    for (const p of pagePaths()) {
      await page.goto(siteUrl(p === '/404.html' ? '404.html' : p));
      const r = await page.evaluate(() => {
        const doc = document.documentElement;
        const tables = [...document.querySelectorAll('table')].filter((t) => !t.closest('.table-scroll'));
        // A column squeezed to one character a line: a cell far taller than its text size.
        const squeezed = [...document.querySelectorAll('td, th')].filter((c) => {
          const el = c as HTMLElement;
          const fs = parseFloat(getComputedStyle(el).fontSize);
          return el.innerText.trim().length > 2 && el.getBoundingClientRect().width < fs * 1.6;
        }).length;
        return { overflow: doc.scrollWidth - doc.clientWidth, unwrappedTables: tables.length, squeezed };
      });
      if (r.overflow > 0) problems.push(`${p}: page scrolls sideways by ${r.overflow}px`);
      if (r.unwrappedTables > 0) problems.push(`${p}: ${r.unwrappedTables} table(s) outside .table-scroll`);
      if (r.squeezed > 0) problems.push(`${p}: ${r.squeezed} squeezed table cell(s)`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('links and buttons are at least 24 px tall or wide apart (WCAG 2.5.8)', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    const problems: string[] = [];
    for (const p of pagePaths()) {
      await page.goto(siteUrl(p === '/404.html' ? '404.html' : p));
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, summary')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return false;
            // Visually hidden until focused (the skip link); measured when focused, in keyboard.test.ts.
            if (el.closest('.sr-only')) return false;
            // Inline links inside running text are exempt (2.5.8 "inline" exception).
            const inline = getComputedStyle(el).display === 'inline' && el.closest('p, li, dd, td, th');
            return !inline && (r.height < 24 || r.width < 24);
          })
          .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`),
      );
      problems.push(...small.map((s) => `${p}: ${s}`));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
