import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { startServer } from './server';
import { dirSize } from '../../scripts/budget.mjs';
import { it, siteUrl, WIDTHS } from './browser';
import { DIST, htmlText, pagePaths, PROJECT, readPage, SITE_CONTENT } from './site';

/** How a query is written: as the page writes it, or otherwise (then it must not be in the page's text). */
type Written = 'page' | 'vocabulary' | 'width' | 'case' | 'limit' | 'date' | 'place';

/**
 * A worker's queries and the page each must bring first; `top3` pages must be among the first
 * three. Two to four characters, often part of a longer word, as Ctrl+F would find them; and words
 * the page does not write: full-width or other case, a limit or a date written otherwise, a place's
 * standard or short name, words of the vocabulary (content/vocabulary/, whose test queries are added below).
 */
export const QUERIES: { q: string; first: string; top3?: string[]; why: string; written: Written }[] = [
  { q: '微视频', first: '/2019/subprojects/micro-video/', why: '征集项目名称', written: 'page' },
  { q: '微课', first: '/2019/subprojects/micro-lessons/', why: '两个字的项目名称', written: 'page' },
  { q: '诵读', first: '/2019/subprojects/recitation/', why: '两个字的项目名称', written: 'page' },
  { q: '歌曲', first: '/2019/subprojects/songs/', why: '两个字的项目名称', written: 'page' },
  { q: '普惠', first: '/2019/subprojects/service-platforms/', why: '项目名称的一部分', written: 'page' },
  { q: '专题活动', first: '/2019/subprojects/themed-activities/', why: '项目名称的一部分', written: 'page' },
  { q: '津工E家', first: '/2019/subprojects/micro-video/', top3: ['/notices/zgf-2019-17/'], why: '公众号名称', written: 'page' },
  { q: '津工', first: '/2019/subprojects/micro-video/', why: '公众号名称的一部分（津工E家）', written: 'page' },
  { q: '八闽', first: '/2019/subprojects/service-platforms/', why: '公众号名称的一部分（八闽工会人）', written: 'page' },
  { q: '冀工之家', first: '/2019/subprojects/themed-activities/', why: '公众号名称', written: 'page' },
  { q: '金融工运', first: '/2019/subprojects/songs/', why: '公众号名称', written: 'page' },
  { q: '50MB', first: '/2019/subprojects/micro-video/', why: '规则', written: 'page' },
  { q: 'hebzgfw', first: '/2019/subprojects/themed-activities/', why: '网址片段', written: 'page' },
  { q: 'dzzgsw', first: '/2019/subprojects/micro-lessons/', why: '网址片段', written: 'page' },
  { q: '吴昊', first: '/2019/contacts/', top3: ['/2019/subprojects/service-platforms/'], why: '联系人姓名（出现两次）', written: 'page' },
  { q: '王鑫贤', first: '/2019/contacts/', top3: ['/notices/qg-2019-27/'], why: '联系人姓名', written: 'page' },
  { q: '姜志', first: '/2019/contacts/', top3: ['/2019/subprojects/micro-video/'], why: '联系人姓名', written: 'page' },
  { q: '秦笑语', first: '/2019/contacts/', top3: ['/2019/subprojects/micro-lessons/'], why: '联系人姓名', written: 'page' },
  { q: '8771', first: '/2019/contacts/', top3: ['/notices/mg-2019-64/'], why: '电话号码片段', written: 'page' },
  { q: '泉港', first: '/units/fujian/quanzhou/quangang/', top3: ['/notices/qg-2019-27/'], why: '区名的一部分（泉港区）', written: 'page' },
  { q: '港区', first: '/units/fujian/quanzhou/quangang/', why: '跨两个词的片段', written: 'page' },
  { q: '永春县', first: '/units/fujian/quanzhou/yongchun/', why: '规范名称（原文印作永春市，页面注明）', written: 'page' },
  { q: '泉州台商投资区', first: '/units/fujian/quanzhou/taishang/', why: '规范名称（原文印作台商投资区总工会，页面注明）', written: 'page' },
  { q: '广西壮族自治区', first: '/units/guangxi/', why: '规范名称（原文印作广西省，页面注明）', written: 'page' },
  { q: '鲤城', first: '/units/fujian/quanzhou/licheng/', why: '区名', written: 'page' },
  { q: '晋江', first: '/units/fujian/quanzhou/jinjiang/', why: '市名', written: 'page' },
  { q: '福建', first: '/units/fujian/', why: '省名', written: 'page' },
  { q: '泉工', first: '/notices/qg-2019-27/', why: '文号片段', written: 'page' },
  { q: '闽工', first: '/notices/mg-2019-64/', why: '文号片段', written: 'page' },
  { q: '总工发', first: '/notices/zgf-2019-17/', why: '文号片段', written: 'page' },
  { q: '64号', first: '/notices/mg-2019-64/', why: '文号片段（数字加字）', written: 'page' },
  { q: '12351', first: '/notices/mg-2019-64/', why: '计划名称（“实施‘12351+’计划”是这份通知的一个标题）', written: 'page' },
  { q: '平潭', first: '/units/fujian/pingtan/', top3: ['/notices/mg-2019-64/'], why: '地名', written: 'page' },
  { q: '截止', first: '/2019/timeline/', why: '日程', written: 'page' },
  { q: '勘误', first: '/about/', why: '说明页', written: 'page' },
  // Full-width, as a Chinese input method types them.
  { q: '１２３５１', first: '/notices/mg-2019-64/', why: '全角数字', written: 'width' },
  { q: 'ＭＰ４', first: '/2019/subprojects/micro-video/', why: '全角字母和数字', written: 'width' },
  { q: '５０ＭＢ', first: '/2019/subprojects/micro-video/', why: '全角的规则', written: 'width' },
  { q: '８７７１', first: '/2019/contacts/', why: '全角的电话号码片段', written: 'width' },
  { q: 'ｈｅｂｚｇｆｗ', first: '/2019/subprojects/themed-activities/', why: '全角的网址片段', written: 'width' },
  { q: '津工Ｅ家', first: '/2019/subprojects/micro-video/', why: '公众号名称中的全角字母', written: 'width' },
  { q: '６４号', first: '/notices/mg-2019-64/', why: '全角的文号片段', written: 'width' },
  { q: '吴昊　传真', first: '/2019/contacts/', why: '全角空格分开的两个词', written: 'width' },
  // Another case.
  { q: 'mp4', first: '/2019/subprojects/micro-video/', why: '小写', written: 'case' },
  { q: 'HEBZGFW', first: '/2019/subprojects/themed-activities/', why: '大写的网址片段', written: 'case' },
  { q: 'DZZGSW', first: '/2019/subprojects/micro-lessons/', why: '大写的网址片段', written: 'case' },
  { q: '津工e家', first: '/2019/subprojects/micro-video/', why: '公众号名称中的小写字母', written: 'case' },
  { q: 'app', first: '/2019/subprojects/service-platforms/', why: '小写（页面写 APP）', written: 'case' },
  // A limit written otherwise than the call writes it (时长小于 3 分钟, 文件小于 50MB).
  { q: '180秒', first: '/2019/subprojects/micro-video/', why: '时长换成秒', written: 'limit' },
  { q: '50 MB', first: '/2019/subprojects/micro-video/', why: '数字和单位之间有空格', written: 'limit' },
  { q: '50Mb', first: '/2019/subprojects/micro-video/', why: '单位大小写混写', written: 'limit' },
  { q: '５０ｍｂ', first: '/2019/subprojects/micro-video/', why: '全角、小写', written: 'limit' },
  // A date written otherwise than the notices write it (9月30日前, 10月8日前).
  { q: '9.30', first: '/2019/timeline/', top3: ['/notices/qg-2019-27/'], why: '日期写成 月.日', written: 'date' },
  { q: '10/8', first: '/2019/timeline/', top3: ['/notices/mg-2019-64/'], why: '日期写成 月/日', written: 'date' },
  { q: '2019-09-30', first: '/2019/timeline/', why: '日期写成 年-月-日', written: 'date' },
  // A place's standard or short name the page does not write.
  { q: '丰泽区工会', first: '/units/fujian/quanzhou/fengze/', why: '少写了“总”字', written: 'place' },
  { q: '石狮市工会', first: '/units/fujian/quanzhou/shishi/', why: '少写了“总”字', written: 'place' },
  { q: '新疆维吾尔族自治区', first: '/units/xinjiang/', why: '常见的写法（规范名称无“族”字）', written: 'place' },
  { q: '宁夏区', first: '/units/ningxia/', why: '简称', written: 'place' },
  { q: '泉州台商区', first: '/units/fujian/quanzhou/taishang/', why: '简称', written: 'place' },
  // The vocabulary's own words beyond each entry's test query.
  { q: '短片', first: '/2019/subprojects/micro-video/', why: '征集项目的常用叫法', written: 'vocabulary' },
  { q: '诗朗诵', first: '/2019/subprojects/recitation/', why: '征集项目的常用叫法', written: 'vocabulary' },
  { q: '原创歌', first: '/2019/subprojects/songs/', why: '征集项目的常用叫法', written: 'vocabulary' },
  { q: '讲课', first: '/2019/subprojects/micro-lessons/', why: '征集项目的常用叫法', written: 'vocabulary' },
  { q: '截止时间', first: '/2019/timeline/', why: '截止日期的说法', written: 'vocabulary' },
  ...vocabularyTests(),
];

/** Each vocabulary entry's test query (content/vocabulary/*.json), with the page it must bring first. */
function vocabularyTests(): (typeof QUERIES)[number][] {
  const dir = join(SITE_CONTENT, 'vocabulary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) =>
      (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { words: string[]; test: { query: string; first: string } }[]).map((e) => ({
        q: e.test.query,
        first: e.test.first,
        why: `词表 ${f}：${e.words.slice(0, 3).join('、')}…`,
        written: 'vocabulary' as const,
      })),
    );
}

/** A page's text as a reader sees it, without spaces: where a query "written otherwise" must not stand. */
function pageText(path: string): string {
  return htmlText(readPage(path).replace(/^[\s\S]*?<main\b/, '<main')).replace(/\s+/g, '');
}

/** Each result: its address, and whether it was found through the vocabulary. */
async function results(page: Page, q: string, extra = ''): Promise<{ url: string; via: boolean; excerpt: string }[]> {
  await search(page, q, extra);
  const base = new URL(siteUrl('')).pathname;
  return page.$$eval(
    '#search-results li',
    (lis, b) =>
      lis.map((li) => ({
        url: '/' + (li.querySelector('a')?.getAttribute('href') ?? '').slice(b.length),
        via: li.querySelector('.search-via') !== null,
        excerpt: li.querySelector('p')?.textContent ?? '',
      })),
    base,
  );
}

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

  it(`the query table holds at least 60 queries, a third of them written otherwise than the page writes them`, () => {
    const otherwise = QUERIES.filter((t) => t.written !== 'page');
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(otherwise.length * 3).toBeGreaterThanOrEqual(QUERIES.length);
    // Written otherwise means what it says: not in the text of the page that must come first.
    const found = otherwise.filter((t) => {
      const text = pageText(t.first);
      return /\s/.test(t.q) ? text.replace(/\s+/g, ' ').includes(t.q) : text.replace(/\s+/g, '').includes(t.q);
    });
    expect(found.map((t) => `${t.q} → ${t.first}`)).toEqual([]);
    console.log(`search queries: ${QUERIES.length}, written otherwise: ${otherwise.length} (${[...new Set(otherwise.map((t) => t.written))].map((w) => `${w} ${otherwise.filter((t) => t.written === w).length}`).join(', ')})`);
  });

  it(`the query table: ${QUERIES.length} queries, each with the right page first, the page's own words before the vocabulary's`, async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    const wrong: string[] = [];
    for (const t of QUERIES) {
      const found = await results(page, t.q);
      const urls = found.map((r) => r.url);
      if (urls[0] !== t.first) wrong.push(`${t.q} (${t.why}): first ${urls[0] ?? '—'}, expected ${t.first}; got ${urls.slice(0, 3).join(' ')}`);
      for (const u of t.top3 ?? []) if (!urls.slice(0, 3).includes(u)) wrong.push(`${t.q}: ${u} not in the first three (${urls.slice(0, 3).join(' ')})`);
      // Matches of the page's own words come first, those through the vocabulary after them.
      const firstVia = found.findIndex((r) => r.via);
      if (firstVia >= 0 && found.slice(firstVia).some((r) => !r.via)) wrong.push(`${t.q}: a page's own words ranked below the vocabulary's`);
    }
    expect(errors).toEqual([]);
    expect(wrong).toEqual([]);
  }, 300_000);

  it('words for taking part that the notices never use find the seven calls', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    const calls = readdirSync(join(SITE_CONTENT, 'campaigns/2019/subprojects')).map((f) => `/2019/subprojects/${f.replace(/\.mdx$/, '')}/`);
    expect(calls).toHaveLength(7);
    for (const q of ['上传', '参赛', '交作品', '投稿']) {
      const urls = (await results(page, q)).map((r) => r.url);
      expect(urls, q).toEqual(expect.arrayContaining(calls));
      expect(await page.textContent('#search-status'), q).not.toContain('没有找到');
    }
  }, 60_000);

  it('a query that names something the site holds, written as one word, still finds it', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    // A name and a word run together: no page writes them so, every character is on the contacts page.
    const urls = (await results(page, '秦笑语电话')).map((r) => r.url);
    expect(urls).toContain('/2019/contacts/');
    expect(await page.textContent('#search-status')).toContain('不一定连在一起');
  });

  it('excerpts of table rows read as sentences, never numbers glued from several cells', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    const found = await results(page, '泉港');
    const notice = found.find((r) => r.url === '/notices/qg-2019-27/');
    expect(notice?.excerpt).toContain('泉港区总工会：线下活动数量 1 场，');
    for (const q of ['泉港', '洛江', '内蒙古', '北京', '安溪']) {
      for (const r of await results(page, q)) {
        // The old cell soup: "1. 10. 3. 洛江区总工会 1. 10."
        expect(r.excerpt, `${q} ${r.url}`).not.toMatch(/\d+\.\s*\d+\.\s/);
        expect(r.excerpt, `${q} ${r.url}`).not.toMatch(/总工会\s*\d/);
      }
    }
  }, 60_000);

  it('the results page keeps the query in both boxes', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await search(page, 'ＭＰ４');
    expect(await page.inputValue('#q')).toBe('ＭＰ４');
    expect(await page.inputValue('#site-search')).toBe('ＭＰ４');
    await page.fill('#q', '泉港');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('泉港'));
    expect(await page.inputValue('#site-search')).toBe('泉港');
  });

  it('with nothing found, offers the calls, contacts and units pages and the numbers to call', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    expect(await search(page, 'zzqxj')).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('没有找到');
    expect(await page.isVisible('#search-help')).toBe(true);
    const base = new URL(siteUrl('')).pathname;
    const links = await page.$$eval('#search-help a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const p of ['2019/subprojects/', '2019/contacts/', 'units/']) expect(links).toContain(base + p);
    // The notices' numbers to call, as corrected (the test site records a correction of this one); a fax is not one.
    expect(links).toContain('tel:+86-595-22197560');
    expect(links).toContain('tel:+86-10-68591637');
    expect(links.some((l) => l.includes('87723862'))).toBe(false);
    // On a phone the numbers wrap; nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // Found something: no help.
    await search(page, '泉港');
    expect(await page.isVisible('#search-help')).toBe(false);
  });

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

  it('first-query bytes stay within 10% of plain Pagefind on the same pages, measured here and printed', async ({ browser }) => {
    cpSync(DIST, plainRoot, { recursive: true });
    rmSync(join(plainRoot, 'pagefind'), { recursive: true });
    const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', plainRoot], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    /**
     * Bytes a first query costs: every Pagefind file fetched (script, WebAssembly, index chunks,
     * result fragments), all awaited before the count (a fixed wait raced them). `run` does the
     * searching: this site's own search page, or plain Pagefind's API.
     */
    const measure = async (root: string, path: string, run: (page: Page) => Promise<unknown>) => {
      const server = await startServer(root, '/');
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<number>[] = [];
      page.on('response', (res) => {
        if (res.url().includes('/pagefind/')) bodies.push(res.body().then((b) => b.length, () => 0));
      });
      await page.goto(`${server.url}${path}`);
      await run(page);
      const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
      await context.close();
      await server.close();
      return bytes;
    };
    /** This site: the search page runs the query as a worker would, and shows the first results. */
    const ours = (q: string) =>
      measure(DIST, `search/?q=${encodeURIComponent(q)}`, (page) =>
        page.waitForFunction(() => /找到|没有找到|出错/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 }),
      );
    /** Plain Pagefind: the same query through its API, and the same number of results shown (10). */
    const plain = (q: string) =>
      measure(plainRoot, 'search/', (page) =>
        // A string, so that Vitest does not rewrite the browser's import().
        page.evaluate(`(async () => {
          const pf = await import('/pagefind/pagefind.js');
          const r = await pf.search(${JSON.stringify(q)});
          await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        })()`),
      );
    // The vocabulary travels in the search page as data: counted with the query it serves.
    const vocabulary = Buffer.byteLength(/data-vocabulary="([^"]*)"/.exec(readPage('/search/'))?.[1] ?? '');
    const rows = [
      { q: '泉港', ours: (await ours('泉港')) + vocabulary, plain: await plain('泉港') },
      { q: '吴昊', ours: (await ours('吴昊')) + vocabulary, plain: await plain('吴昊') },
    ];
    const index = { ours: dirSize(join(DIST, 'pagefind')), plain: dirSize(join(plainRoot, 'pagefind')) };
    const through = (await ours('参赛')) + vocabulary;
    const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;
    const table = [
      '| search | index bytes (all files) | ' + rows.map((x) => `first query “${x.q}” bytes`).join(' | ') + ' |',
      '| --- | ---: | ' + rows.map(() => '---:').join(' | ') + ' |',
      `| this site (one word per character, vocabulary ${vocabulary} bytes included) | ${index.ours} | ${rows.map((x) => x.ours).join(' | ')} |`,
      `| plain Pagefind (same pages) | ${index.plain} | ${rows.map((x) => x.plain).join(' | ')} |`,
      `| difference | ${pct(index.ours, index.plain)} | ${rows.map((x) => pct(x.ours, x.plain)).join(' | ')} |`,
      '',
      `A query found only through the vocabulary (“参赛”): ${through} bytes on this site.`,
    ].join('\n');
    console.log(table);
    mkdirSync(join(PROJECT, 'reports'), { recursive: true });
    writeFileSync(join(PROJECT, 'reports', 'search-size.md'), `${table}\n`);
    expect(index.ours).toBeLessThanOrEqual(2 * index.plain);
    for (const x of rows) expect(x.ours, x.q).toBeLessThanOrEqual(1.1 * x.plain);
  }, 180_000);
});
