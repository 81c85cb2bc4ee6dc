import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { startServer } from './server';
import { dirSize } from '../../scripts/budget.mjs';
import { it, siteUrl, WIDTHS } from './browser';
import { DIST, pagePaths, PROJECT, readPage } from './site';

/**
 * A worker's queries and the page each must bring first; `top3` pages must be among the first
 * three. Two to four characters, often part of a longer word, as Ctrl+F would find them.
 */
export const QUERIES: { q: string; first: string; top3?: string[]; why: string }[] = [
  { q: '微视频', first: '/2019/subprojects/micro-video/', why: '征集项目名称' },
  { q: '微课', first: '/2019/subprojects/micro-lessons/', why: '两个字的项目名称' },
  { q: '诵读', first: '/2019/subprojects/recitation/', why: '两个字的项目名称' },
  { q: '津工E家', first: '/2019/subprojects/micro-video/', top3: ['/notices/zgf-2019-17/'], why: '公众号名称' },
  { q: '津工', first: '/2019/subprojects/micro-video/', why: '公众号名称的一部分（津工E家）' },
  { q: '八闽', first: '/2019/subprojects/service-platforms/', why: '公众号名称的一部分（八闽工会人）' },
  { q: '冀工之家', first: '/2019/subprojects/themed-activities/', why: '公众号名称' },
  { q: '金融工运', first: '/2019/subprojects/songs/', why: '公众号名称' },
  { q: '50MB', first: '/2019/subprojects/micro-video/', why: '规则' },
  { q: 'hebzgfw', first: '/2019/subprojects/themed-activities/', why: '网址片段' },
  { q: 'dzzgsw', first: '/2019/subprojects/micro-lessons/', why: '网址片段' },
  { q: '吴昊', first: '/2019/contacts/', top3: ['/2019/subprojects/service-platforms/'], why: '联系人姓名（出现两次）' },
  { q: '王鑫贤', first: '/2019/contacts/', top3: ['/notices/qg-2019-27/'], why: '联系人姓名' },
  { q: '姜志', first: '/2019/contacts/', top3: ['/2019/subprojects/micro-video/'], why: '联系人姓名' },
  { q: '8771', first: '/2019/contacts/', top3: ['/notices/mg-2019-64/'], why: '电话号码片段' },
  { q: '泉港', first: '/units/fujian/quanzhou/quangang/', top3: ['/notices/qg-2019-27/'], why: '区名的一部分（泉港区）' },
  { q: '港区', first: '/units/fujian/quanzhou/quangang/', why: '跨两个词的片段' },
  { q: '永春县', first: '/units/fujian/quanzhou/yongchun/', why: '规范名称（原文印作永春市）' },
  { q: '鲤城', first: '/units/fujian/quanzhou/licheng/', why: '区名' },
  { q: '晋江', first: '/units/fujian/quanzhou/jinjiang/', why: '市名' },
  { q: '福建', first: '/units/fujian/', why: '省名' },
  { q: '泉工', first: '/notices/qg-2019-27/', why: '文号片段' },
  { q: '闽工', first: '/notices/mg-2019-64/', why: '文号片段' },
  { q: '总工发', first: '/notices/zgf-2019-17/', why: '文号片段' },
  { q: '64号', first: '/notices/mg-2019-64/', why: '文号片段（数字加字）' },
  { q: '平潭', first: '/units/fujian/pingtan/', top3: ['/notices/mg-2019-64/'], why: '地名' },
  { q: '截止', first: '/2019/timeline/', why: '日程' },
  { q: '勘误', first: '/about/', why: '说明页' },
];

async function search(page: Page, q: string, extra = ''): Promise<string[]> {
  await page.goto(siteUrl(`search/?q=${encodeURIComponent(q)}${extra}`));
  await page.waitForFunction(() => /找到|没有找到|出错/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
  const base = new URL(siteUrl('')).pathname;
  return page.$$eval('#search-results li a', (as, b) => as.map((a) => '/' + (a.getAttribute('href') ?? '').slice(b.length)), base);
}

describe('search', () => {
  it('every page has a header search form that is a plain GET to /search/', () => {
    for (const p of pagePaths()) {
      const html = readPage(p);
      expect(html, p).toMatch(/<form[^>]*role="search"[^>]*action="[^"]*\/search\/"[^>]*method="get"/);
      expect(html, p).toMatch(/<input[^>]*name="q"/);
    }
  });

  it('the index covers the main content of pages, not the search page or 404', () => {
    expect(readPage('/search/')).not.toContain('data-pagefind-body');
    expect(readPage('/404.html')).not.toContain('data-pagefind-body');
    expect(readPage('/notices/zgf-2019-17/')).toContain('data-pagefind-body');
  });

  it(`the query table: ${QUERIES.length} queries, each with the right page first`, async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    const wrong: string[] = [];
    for (const t of QUERIES) {
      const urls = await search(page, t.q);
      if (urls[0] !== t.first) wrong.push(`${t.q} (${t.why}): first ${urls[0] ?? '—'}, expected ${t.first}; got ${urls.slice(0, 3).join(' ')}`);
      for (const u of t.top3 ?? []) if (!urls.slice(0, 3).includes(u)) wrong.push(`${t.q}: ${u} not in the first three (${urls.slice(0, 3).join(' ')})`);
    }
    expect(errors).toEqual([]);
    expect(wrong).toEqual([]);
  }, 180_000);

  it('highlights the query in the excerpt as one piece', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await search(page, '泉港');
    const marks = await page.$$eval('#search-results mark', (m) => m.map((x) => x.textContent));
    expect(marks).toContain('泉港');
  });

  it('filters narrow the results, and every result of a year says its year', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    const all = await search(page, '闽工');
    const notices = await search(page, '闽工', '&kind=通知');
    const national = await search(page, '闽工', '&kind=通知&level=全国');
    const year = await search(page, '微视频', '&year=2019');
    const badges = await page.$$eval('#search-results li span', (s) => s.map((x) => x.textContent ?? ''));
    expect(year[0]).toBe('/2019/subprojects/micro-video/');
    expect(badges.length).toBe(year.length);
    for (const b of badges) expect(b).toContain('2019');
    expect(await search(page, '微视频', '&year=1999')).toEqual([]);
    expect(all.length).toBeGreaterThan(notices.length);
    expect(notices.every((u) => u.startsWith('/notices/'))).toBe(true);
    expect(national).toEqual(['/notices/zgf-2019-17/']);
  }, 60_000);

  it('the header form lands on results, also with JavaScript off', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.desktop);
    await page.goto(siteUrl('notices/'));
    await page.fill('#site-search', '吴昊');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#search-results li');
    expect(await page.inputValue('#q')).toBe('吴昊');

    const off = await openPage(WIDTHS.phone, false);
    await off.page.goto(siteUrl(''));
    await off.page.fill('#site-search', '泉港');
    await off.page.press('#site-search', 'Enter');
    await off.page.waitForURL(/\/search\/\?q=%E6%B3%89%E6%B8%AF/);
    expect(await off.page.textContent('#search-js-note')).toContain('需要启用 JavaScript');
  });
});

/** Index size and first-query download, beside plain Pagefind over the same pages. */
describe('search size', () => {
  const plainRoot = mkdtempSync(join(tmpdir(), 'portal-plain-pf-'));
  afterAll(() => rmSync(plainRoot, { recursive: true, force: true }));

  it('stays within twice plain Pagefind’s index and first-query bytes', async ({ browser }) => {
    cpSync(DIST, plainRoot, { recursive: true });
    rmSync(join(plainRoot, 'pagefind'), { recursive: true });
    const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', plainRoot], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const measure = async (root: string) => {
      const server = await startServer(root, '/');
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      // Every Pagefind response's body, all awaited before the count (a fixed wait raced them).
      const bodies: Promise<number>[] = [];
      page.on('response', (res) => {
        if (res.url().includes('/pagefind/')) bodies.push(res.body().then((b) => b.length, () => 0));
      });
      await page.goto(`${server.url}search/`);
      // A string, so that Vitest does not rewrite the browser's import().
      await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        const ex = await pf.search('"泉 港"');
        await Promise.all(ex.results.slice(0, 10).map((x) => x.data()));
        await pf.search('泉 港');
      })()`);
      const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
      await context.close();
      await server.close();
      return { index: dirSize(join(root, 'pagefind')), firstQuery: bytes };
    };
    const ours = await measure(DIST);
    const plain = await measure(plainRoot);
    const table = [
      '| search index | index bytes (all files) | first query "泉港" bytes |',
      '| --- | ---: | ---: |',
      `| this site (one word per character) | ${ours.index} | ${ours.firstQuery} |`,
      `| plain Pagefind (same pages) | ${plain.index} | ${plain.firstQuery} |`,
    ].join('\n');
    console.log(table);
    mkdirSync(join(PROJECT, 'reports'), { recursive: true });
    writeFileSync(join(PROJECT, 'reports', 'search-size.md'), `${table}\n`);
    expect(ours.index).toBeLessThanOrEqual(2 * plain.index);
    expect(ours.firstQuery).toBeLessThanOrEqual(2 * plain.firstQuery);
  }, 120_000);
});
