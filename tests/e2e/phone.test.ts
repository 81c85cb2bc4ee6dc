import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it, siteUrl } from './browser';
import { decodePng, luminance } from './png';
import { pagePaths, readPage, SITE_CONTENT } from './site';

/**
 * Small phones: at 320 and 390 px every table wider than its box says that it scrolls (a line
 * of text and a shadow on the cut edge), and what a worker must type somewhere else (a WeChat
 * account name, a phone number, an e-mail address) is never broken over two lines.
 */
const PHONES = [320, 390] as const;

const pagesWith = (pattern: RegExp) => pagePaths().filter((p) => pattern.test(readPage(p)));

/** WeChat account names as the content gives them (`account:` in any MDX file under content/). */
function accountNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.mdx'))
        for (const m of readFileSync(full, 'utf8').matchAll(/^\s*account:\s*["']?([^"'\n]+?)["']?\s*$/gm)) names.add(m[1]!);
    }
  };
  walk(SITE_CONTENT);
  return [...names];
}

interface TableReport {
  index: number;
  caption: string;
  wide: boolean;
  scrolls: boolean;
  cue: boolean;
}

/** Each table on the page: wider than its box? inside a box that scrolls? the line saying so, shown? */
const tables = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('table')].map((table, index): TableReport => {
      let box: HTMLElement | null = table.parentElement;
      while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
      const box_ = box ?? document.documentElement;
      const wide = table.getBoundingClientRect().width > box_.clientWidth + 1;
      // A visible line near the table, outside its scroll box, that says to swipe.
      const frame = box_.parentElement ?? document.body;
      const cue = [...frame.querySelectorAll<HTMLElement>('*')].some((el) => {
        if (box_.contains(el) || !/滑动/.test(el.textContent ?? '')) return false;
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.height > 0 && r.width > 0 && s.visibility === 'visible' && Number(s.opacity) > 0;
      });
      return { index, caption: table.caption?.textContent?.trim() ?? '', wide, scrolls: box !== null, cue };
    }),
  );

/** Marks table `index` and its scroll box (data-phone-test), so that the steps below find them again. */
const markTable = (page: Page, index: number) =>
  page.evaluate((i) => {
    document.querySelectorAll('[data-phone-test]').forEach((el) => el.removeAttribute('data-phone-test'));
    const table = document.querySelectorAll('table')[i]!;
    let box = table.parentElement!;
    while (!['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement!;
    table.dataset.phoneTest = 'table';
    box.dataset.phoneTest = 'box';
    table.scrollIntoView({ block: 'center' });
  }, index);

/** Median luminance of a strip just inside the right edge of the marked table's scroll box, over its body rows. */
async function rightEdge(page: Page): Promise<number> {
  const clip = await page.evaluate(() => {
    const table = document.querySelector<HTMLTableElement>('[data-phone-test="table"]')!;
    const box = document.querySelector('[data-phone-test="box"]')!;
    const body = (table.tBodies[0] ?? table).getBoundingClientRect();
    const r = box.getBoundingClientRect();
    const top = Math.max(body.top, 0);
    const bottom = Math.min(body.bottom, window.innerHeight);
    return { x: r.right - 10, y: top, width: 7, height: Math.max(1, bottom - top) };
  });
  const px = decodePng(await page.screenshot({ clip }));
  const values: number[] = [];
  for (let y = 0; y < px.height; y++) for (let x = 0; x < px.width; x++) values.push(luminance(px.rgb(x, y)));
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

describe('tables on small phones', () => {
  const paths = pagesWith(/<table\b/);

  it('finds pages with tables', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  for (const width of PHONES) {
    it(`at ${width} px: every table wider than its box scrolls in it, says so, and casts a shadow on the cut edge`, { timeout: 300_000 }, async ({ openPage }) => {
      const { page } = await openPage({ width, height: 800 });
      const problems: string[] = [];
      let wideTables = 0;
      for (const p of paths) {
        await page.goto(siteUrl(p));
        // The cue and the shadows are scroll-driven animations: measured once two frames are drawn.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${p}：页面横向滚动 ${overflow}px`);
        for (const t of await tables(page)) {
          const name = `${p} 表格“${t.caption}”`;
          if (!t.wide) {
            if (t.cue) problems.push(`${name}：放得下，却提示左右滑动`);
            continue;
          }
          wideTables++;
          if (!t.scrolls) problems.push(`${name}：比屏幕宽，却不在可滚动的框里`);
          if (!t.cue) problems.push(`${name}：比屏幕宽，没有“左右滑动”的提示`);
          // The shadow: the right edge is darker while the table is cut there than once it is scrolled to its end.
          await markTable(page, t.index);
          const cut = await rightEdge(page);
          await page.evaluate(() => {
            const box = document.querySelector('[data-phone-test="box"]')!;
            box.scrollLeft = box.scrollWidth;
          });
          const end = await rightEdge(page);
          if (!(end - cut > 0.04)) problems.push(`${name}：被截断的右边没有阴影（亮度 ${cut.toFixed(3)}，滚到头 ${end.toFixed(3)}）`);
        }
      }
      console.log(`${width}px：${paths.length} 个页面，${wideTables} 张表格比屏幕宽`);
      expect(problems).toEqual([]);
      expect(wideTables).toBeGreaterThan(0);
    });
  }
});

describe('words a worker types stay whole', () => {
  const names = accountNames();
  const paths = pagesWith(new RegExp(['href="tel:', 'href="mailto:', ...names].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));

  it('finds the WeChat account names in the content and the pages that show them', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(paths.some((p) => readPage(p).includes(n)), n).toBe(true);
  });

  for (const width of PHONES) {
    it(`at ${width} px: every account name, phone number and e-mail address is on one line`, { timeout: 300_000 }, async ({ openPage }) => {
      const { page } = await openPage({ width, height: 800 });
      const broken: string[] = [];
      let checked = 0;
      for (const p of paths) {
        await page.goto(siteUrl(p));
        const r = await page.evaluate((accounts) => {
          /** The line boxes a range of text is drawn on (0 when it is not drawn). */
          const lines = (range: Range) => new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top))).size;
          const found: { text: string; lines: number }[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const name of accounts)
              for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + name.length);
                found.push({ text: name, lines: lines(range) });
              }
          }
          for (const a of document.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]')) {
            const range = document.createRange();
            range.selectNodeContents(a);
            found.push({ text: (a.textContent ?? '').trim(), lines: lines(range) });
          }
          return found.filter((f) => f.lines > 0);
        }, names);
        checked += r.length;
        broken.push(...r.filter((f) => f.lines > 1).map((f) => `${p}：“${f.text}”断成 ${f.lines} 行`));
      }
      console.log(`${width}px：${paths.length} 个页面，${checked} 处账号名称、电话和邮箱`);
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
  }
});
