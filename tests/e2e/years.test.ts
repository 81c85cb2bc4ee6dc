import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { it, siteUrl, WIDTHS } from './browser';
import { siteDir } from '../../scripts/test-sites.mjs';
import { DIST, distFiles, htmlText, readPage } from './site';

/**
 * The site with two campaign years: the test site's 2019 and the sample 2020 year of
 * tests/fixtures/two-years (`npm run build:two-years` builds it into dist-test/years/). Run in the
 * e2e-years project, with the gates (axe, links, html-validate, budgets, CSP) over the same build.
 */
const MAIN = siteDir('site');
const text = (p: string) => htmlText(readPage(p)).replace(/\s+/g, ' ');

describe('two campaign years side by side', () => {
  it('is the two-year build', () => {
    expect(DIST).not.toBe(MAIN);
    expect(existsSync(join(DIST, '2020/index.html'))).toBe(true);
  });

  it('keeps every address of the one-year site', () => {
    // Hashed assets and the search index are named by content; everything else is an address.
    const addresses = (root: string) => distFiles(root).filter((f) => !f.startsWith('_astro/') && !f.startsWith('pagefind/'));
    expect(existsSync(join(MAIN, 'index.html')), 'build the test site first (node scripts/test-sites.mjs site)').toBe(true);
    const now = new Set(addresses(DIST));
    const lost = addresses(MAIN).filter((f) => !now.has(f));
    expect(lost).toEqual([]);
  });

  it('says 示例数据 on every page', () => {
    for (const f of distFiles().filter((x) => x.endsWith('.html'))) expect(readFileSync(join(DIST, f), 'utf8'), f).toContain('sample-banner');
  });

  it('/ is the latest year, and links every other year', () => {
    expect(text('/')).toContain('2020年“网聚职工正能量 争做中国好网民”主题活动');
    expect(readPage('/')).toMatch(/<a href="[^"]*\/2019\/"[^>]*>2019年<\/a>/);
    expect(text('/2020/')).toContain('示例计划');
  });

  it('each year’s pages show that year’s text and numbers only', () => {
    const pages = distFiles().filter((f) => f.endsWith('index.html'));
    for (const [year, other] of [
      ['2019', '2020'],
      ['2020', '2019'],
    ] as const) {
      const own = pages.filter((f) => f.startsWith(`${year}/`));
      expect(own.length, year).toBeGreaterThan(5);
      // A notice of the other year (its 文号 carries the year) never appears on this year's pages.
      for (const f of own) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toContain(`〔${other}〕`);
    }
    expect(text('/2019/')).toContain('1000个基层工会组织、2万名宣传员');
    expect(text('/2020/')).not.toContain('2万名宣传员');
    expect(text('/2019/contacts/')).toContain('陈文娟');
    expect(text('/2019/contacts/')).not.toContain('示例联系人');
    expect(text('/2020/contacts/')).toContain('示例联系人甲');
    expect(text('/2020/contacts/')).not.toContain('陈文娟');
  });

  it('a call keeps its id from year to year; a dropped call’s un-prefixed page shows its latest year; a new call has both addresses', () => {
    expect(text('/2019/subprojects/micro-video/')).toContain('小于 3 分钟');
    expect(text('/2020/subprojects/micro-video/')).toContain('小于 5 分钟');
    expect(text('/subprojects/micro-video/')).toContain('小于 5 分钟');
    const songs = readPage('/subprojects/songs/');
    expect(htmlText(songs)).toContain('最近一次开展这项征集的年份');
    expect(songs).toMatch(/<link rel="canonical" href="[^"]*\/2019\/subprojects\/songs\/">/);
    expect(existsSync(join(DIST, '2020/subprojects/songs/index.html'))).toBe(false);
    for (const p of ['/2020/subprojects/short-stories/', '/subprojects/short-stories/', '/subprojects/short-stories/poster/']) expect(text(p), p).toContain('微故事');
    // The poster of the current year's call holds that year's own address.
    expect(readPage('/subprojects/micro-video/poster/')).toMatch(/aria-label="[^"]*\/2020\/subprojects\/micro-video\/"/);
  });

  it('a unit page shows every year it took part in, latest first, with its targets year by year', () => {
    const html = readPage('/units/fujian/quanzhou/jinjiang/');
    expect(html.indexOf('id="year-2020"')).toBeGreaterThan(0);
    expect(html.indexOf('id="year-2020"')).toBeLessThan(html.indexOf('id="year-2019"'));
    const years = /<section[^>]*data-chart-key="years"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    // A row a year, a column a measure: 已上报 / 目标（完成比例）.
    const cell = (year: string, measure: string) =>
      htmlText(new RegExp(`<tr data-year="${year}">[\\s\\S]*?<td data-measure="${measure}"[^>]*>([\\s\\S]*?)</td>`).exec(years)?.[1] ?? '').trim();
    expect(cell('2019', 'activities')).toBe('未报 / 1');
    expect(cell('2020', 'activities')).toBe('3 / 6（50%）');
    expect(cell('2019', 'propagandists')).toBe('未报 / 10');
    expect(cell('2020', 'propagandists')).toBe('—');
    expect(years.indexOf('data-year="2019"')).toBeLessThan(years.indexOf('data-year="2020"'));
    // A unit added in 2020 (a town) has a page, and its kind.
    expect(text('/units/fujian/quanzhou/jinjiang/anhai/')).toContain('镇');
    expect(text('/units/fujian/quanzhou/jinjiang/anhai/')).not.toContain('2019年“');
    // Units that took part only in 2019 keep their 2019 section.
    expect(text('/units/beijing/')).toContain('2019年“网聚职工正能量');
  });

  it('a unit page folds the years before its latest: its results and its tables a click away', () => {
    const html = readPage('/units/fujian/quanzhou/jinjiang/');
    expect(text('/units/fujian/quanzhou/jinjiang/')).toContain('往年（2019年）');
    expect(text('/units/fujian/quanzhou/jinjiang/')).toContain('2019年活动页');
    const earlier = /<section[^>]*data-earlier-year="2019"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(earlier).toContain('id="year-2019"');
    // Each table of the year as CSV; the JSON beside it at the same address (as /data/ says).
    const href = /href="([^"]*\/data\/2019\/units\/fujian\/quanzhou\/jinjiang\/plan\.csv)" download/.exec(earlier)?.[1];
    expect(href).toBeDefined();
    for (const f of [href!, href!.replace(/\.csv$/, '.json')]) expect(existsSync(join(DIST, f.replace(/^\//, ''))), f).toBe(true);
    expect(earlier).toMatch(/<h3 id="year-2019"[^>]*><a href="[^"]*\/2019\/"/);
    // The latest year in full, the one before without its dates, notices, contacts and tables.
    expect(html).toContain('id="y2020-deadlines"');
    for (const id of ['y2019-deadlines', 'y2019-notices', 'y2019-contacts', 'y2019-targets']) expect(html).not.toContain(`id="${id}"`);
    expect(html).not.toContain('data-chart-year="2019"');
    // The unit's history stays out of the search index, which then does not grow with the years.
    for (const heading of ['years-heading', 'earlier-heading']) expect(html).toMatch(new RegExp(`<section aria-labelledby="${heading}"[^>]*data-pagefind-ignore`));
  });

  it('a deadline is shown only to the units it binds', () => {
    const own = (p: string) => {
      const html = readPage(p);
      const start = html.indexOf('id="y2020-deadlines"');
      return start < 0 ? '' : htmlText(html.slice(start, html.indexOf('</section>', start)));
    };
    expect(own('/units/fujian/quanzhou/')).toContain('各示例设区市报送示例情况');
    expect(own('/units/fujian/quanzhou/jinjiang/')).not.toContain('各示例设区市报送示例情况');
  });

  it('every download carries its year', () => {
    const csv = readFileSync(join(DIST, 'data/2020/units/fujian/plan.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^2020,fujian,/);
    const json = JSON.parse(readFileSync(join(DIST, 'data/2019/units/fujian/plan.json'), 'utf8'));
    expect(json.campaign).toBe('2019');
    const years = readFileSync(join(DIST, 'data/units/fujian/quanzhou/jinjiang/years.csv'), 'utf8');
    expect(years).toContain('\r\n2019,fujian/quanzhou/jinjiang,');
    expect(years).toContain('\r\n2020,fujian/quanzhou/jinjiang,');
    expect(readFileSync(join(DIST, 'data/plans/jj-2020-99.csv'), 'utf8').split('\r\n')[1]).toMatch(/^2020,/);
  });

  it('search narrows to a year, and each result says its year', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    for (const year of ['2019', '2020']) {
      await page.goto(siteUrl(`search/?q=${encodeURIComponent('微视频')}&year=${year}`));
      await page.waitForFunction(() => /找到|没有找到|出错/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
      const first = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(first[0], year).toMatch(new RegExp(`/${year}/subprojects/micro-video/$`));
      for (const badge of await page.$$eval('#search-results li span', (s) => s.map((x) => x.textContent ?? ''))) expect(badge).toContain(year);
    }
  });

  it("the report form checks a report against its own year's plans and reports, and fetches no other year's", async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname.replace(/^.*?(report\/)/, '$1'));
    });
    await page.goto(siteUrl('report/'));
    await page.selectOption('#r-campaign', '2020');
    await page.selectOption('#r-unit', 'fujian/quanzhou/jinjiang');
    await page.fill('#r-date', '2020-09-05');
    await page.fill('#r-activities', '2');
    await page.fill('#r-source', '晋江市总工会报告');
    await page.click('#report-form button[type=submit]');
    await page.waitForSelector('#report-file:not([hidden])');
    expect(await page.textContent('#report-path')).toBe('content/campaigns/2020/progress/fujian/quanzhou/jinjiang/2020-09-05.json');
    expect(fetched).toEqual(['report/context.json', 'report/context/2020.json']);
    expect(existsSync(join(DIST, 'report/context/2019.json'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
