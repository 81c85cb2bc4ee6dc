import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { it, WIDTHS } from './browser';
import { DIST, htmlText, readPage, serveSite, type ServedSite } from './site';

/**
 * After the calls close. The demo's sample results (tests/fixtures/demo/campaigns/2019/results/) in
 * two builds whose clocks put the calls in every phase: `demo` (built today: awarded, vote over,
 * shortlisted, not added) and `voting` (as of 2019-10-15: a vote under way, one about to start, a
 * shortlist, calls still taking works); and the test site, which has no results, as the real build.
 */
let demo: ServedSite;
let voting: ServedSite;

beforeAll(async () => {
  demo = await serveSite('demo');
  voting = await serveSite('voting');
});
afterAll(async () => {
  await demo?.dispose();
  await voting?.dispose();
});

const html = (site: ServedSite, path: string) => readFileSync(join(site.out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const text = (page: string) => htmlText(page.replace(/^[\s\S]*?<main\b/, '<main').replace(/<\/main>[\s\S]*$/, '')).replace(/\s+/g, ' ');
/** The results section of a call page, and its phase. */
function results(page: string): { phase: string; text: string } {
  const m = /<section[^>]*aria-labelledby="results-heading"[^>]*data-call-phase="([^"]+)"[^>]*>([\s\S]*?)<\/section>/.exec(page);
  if (!m) throw new Error('no results section');
  return { phase: m[1]!, text: htmlText(m[2]!).replace(/\s+/g, ' ') };
}
/** Where a heading stands in the page: results first once the call has closed. */
const before = (page: string, a: string, b: string) => page.indexOf(a) >= 0 && page.indexOf(a) < page.indexOf(b);

describe('the call page follows the phase from the build clock', () => {
  it('voting (2019-10-15): 投票中，至10月20日, the days left as a deadline says them, where to vote, the shortlist; first on the page', () => {
    const page = html(voting, '/2019/subprojects/micro-video/');
    const r = results(page);
    expect(r.phase).toBe('voting');
    expect(r.text).toContain('投票中，至10月20日');
    expect(r.text).toContain('投票时间：2019年10月12日—2019年10月20日（ 还有 5 天截止 ）');
    expect(r.text).toMatch(/在这里投票：.*天津市总工会微信公众号：.*津工E家/);
    expect(r.text).toContain('入围名单（12 件）');
    expect(r.text).toContain('示例数据');
    expect(r.text).not.toContain('获奖名单');
    expect(before(page, 'id="results-heading"', 'id="call-heading"')).toBe(true);
    // The status sits beside the campaign's, with the day it is of.
    expect(r.text).toContain('以上状态以本站生成的日期（ 2019年10月15日 ）为准');
  });

  it('shortlisted, with a vote to come (还有 1 天开始); a call still taking works keeps its page as before, the results last', () => {
    const photo = results(html(voting, '/2019/subprojects/photography/'));
    expect(photo.phase).toBe('shortlisted');
    expect(photo.text).toContain('入围名单已公布');
    expect(photo.text).toContain('网络投票10月16日开始，至10月28日（还有 1 天开始）');
    const songs = html(voting, '/2019/subprojects/songs/');
    expect(results(songs).phase).toBe('submitting');
    expect(results(songs).text).toContain('征集结束后，承办单位评选并公布入围名单和获奖名单');
    expect(before(songs, 'id="submit-heading"', 'id="results-heading"')).toBe(true);
    expect(before(songs, 'id="results-heading"', 'id="contacts-heading"')).toBe(true);
  });

  it('awarded: the awards grouped by level, highest first; units linked where the tree holds them; the shortlist kept, folded', () => {
    const page = html(demo, '/2019/subprojects/micro-video/');
    const r = results(page);
    expect(r.phase).toBe('awarded');
    expect(r.text).toContain('评选结果已公布 2019年11月15日公布：一等奖 1 件、二等奖 2 件、三等奖 3 件、优秀奖 2 件、网络人气奖 1 件；优秀组织奖 3 个单位。');
    expect([...page.matchAll(/data-award-level="([^"]+)"/g)].map((m) => m[1])).toEqual(['first', 'second', 'third', 'excellence', 'popularity', 'organisation']);
    expect(page).toContain('<a href="/portal/units/fujian/quanzhou/jinjiang/">晋江市总工会</a>');
    // Kept as printed, without a link: the tree does not hold it.
    expect(page).toContain('<span>示例电力有限公司工会</span>');
    expect(page).toMatch(/<details[^>]*>\s*<summary[^>]*>\s*入围名单（12 件，2019年10月10日公布）/);
    expect(r.text).toContain('网络投票：2019年10月12日—2019年10月20日（已截止）');
    expect(page).toContain('href="/portal/data/2019/results.csv"');
  });

  it('the vote over with no awards yet, a shortlist alone, and nothing added: each said plainly', () => {
    const photo = results(html(demo, '/2019/subprojects/photography/'));
    expect(photo.phase).toBe('counting');
    expect(photo.text).toContain('投票已结束 网络投票已于2019年10月28日结束。获奖名单还没有添加到本站');
    expect(results(html(demo, '/2019/subprojects/recitation/')).phase).toBe('shortlisted');
    const none = results(html(demo, '/2019/subprojects/service-platforms/'));
    expect(none.phase).toBe('awaiting');
    expect(none.text).toContain('评选结果尚未添加到本站');
    expect(none.text).toContain('八闽工会人');
    expect(none.text).toContain('总工发〔2019〕17号（四） 将“中国好网民”官方微博、中工网作为主题活动展示平台');
  });

  it('with no results content (the test site, as the real build): says the results are not added yet and where the organisers publish them', () => {
    const call = readPage('/2019/subprojects/micro-video/');
    const r = results(call);
    expect(r.phase).toBe('awaiting');
    expect(r.text).toContain('本项目的入围名单和获奖名单还没有添加到本站');
    expect(r.text).toMatch(/承办单位天津市总工会在本项目的平台上发布征集和评选的消息：.*津工E家/);
    expect(r.text).toContain('将“中国好网民”官方微博、中工网作为主题活动展示平台');
    expect(call).toContain('href="/notices/zgf-2019-17/#四"');
    for (const p of ['/', '/2019/']) {
      const t = text(readPage(p));
      expect(t, p).toContain('2019年的评选结果尚未添加到本站');
      expect(t, p).toMatch(/歌曲 ：中国金融工会；\s*中国金融工会官方微信号 “ 金融工运 ”/);
    }
    expect(existsSync(join(DIST, 'data/2019/results.csv'))).toBe(false);
    expect(text(readPage('/data/'))).toContain('2019年的评选结果尚未添加到本站');
    expect(readPage('/data/2019/index.json')).not.toContain('results');
  });
});

describe('the year page and / show the phase the year is in and, after it ends, the record', () => {
  it('during the vote: 评选进行中, each call’s phase', () => {
    for (const p of ['/', '/2019/']) {
      const t = text(html(voting, p));
      expect(t, p).toContain('评选进行中');
      expect(t, p).toContain('微视频 ：投票中，至10月20日（还有 5 天截止）');
      expect(t, p).toContain('摄影 ：入围名单已公布；网络投票10月16日开始');
      expect(t, p).not.toContain('活动数字');
    }
  });

  it('after it ends: the figures with their sources, each call’s winners, the year’s 优秀组织奖, the downloads', () => {
    const t = text(html(demo, '/2019/'));
    expect(t).toContain('2019年活动已经结束，以下是本年的评选结果');
    expect(t).toContain('网络投票： 近357万票 出处：示例：2019年主题活动总结展示情况通报（中华全国总工会，2019年11月28日公布）');
    expect(t).toContain('微视频 ：评选结果已公布 一等奖： 闽南红砖厝里的绝活（ 晋江市总工会 ） 另有 8 件获奖');
    expect(t).toContain('歌曲 ：评选结果已公布 十佳原创歌曲：');
    expect(t).toContain('2019年优秀组织奖（5 个单位）');
    expect(html(demo, '/2019/')).toContain('href="/portal/data/2019/figures.csv"');
    // The record leads once the year is over.
    expect(before(html(demo, '/'), 'id="year-results-heading"', 'id="guide-heading"')).toBe(true);
  });
});

describe('units see their results', () => {
  it('a unit page lists its own and its children’s shortlisted and awarded works and its 优秀组织奖', () => {
    const jj = html(demo, '/units/fujian/quanzhou/jinjiang/');
    const section = /<section[^>]*data-unit-results="2019"[^>]*>([\s\S]*?)<\/section>/.exec(jj)?.[1] ?? '';
    expect(jj).toMatch(/<section[^>]*data-pagefind-ignore[^>]*data-unit-results="2019"/);
    const t = htmlText(section).replace(/\s+/g, ' ');
    expect(t).toContain('晋江市总工会：获奖 3 件、入围 1 件、优秀组织奖 2 项。');
    expect([...section.matchAll(/data-result="(\w+)"/g)].map((m) => m[1])).toEqual(['awarded', 'awarded', 'shortlisted', 'awarded']);
    expect(section).toContain('href="/portal/2019/subprojects/micro-video/"');
    expect(t).toContain('微视频 · 一等奖 ： 闽南红砖厝里的绝活');
    expect(t).toContain('晋江市总工会 ： 微视频 征集的优秀组织奖（2019年11月15日公布）');
    const qz = htmlText(/<section[^>]*data-unit-results="2019"[^>]*>([\s\S]*?)<\/section>/.exec(html(demo, '/units/fujian/quanzhou/'))?.[1] ?? '').replace(/\s+/g, ' ');
    expect(qz).toContain('泉州市总工会及其下级单位：获奖 9 件、入围 5 件、优秀组织奖 4 项。');
    expect(qz).toContain('闽南红砖厝里的绝活 作者：陈志强；单位： 晋江市总工会 （下级单位）');
    expect(qz).toContain('下级单位的评选结果（含其下级） 鲤城区总工会 ： 获奖 1 件');
    // A unit with nothing says so; on the day of the vote only shortlists count.
    expect(text(html(demo, '/units/fujian/quanzhou/dehua/'))).toContain('没有德化县总工会入围或获奖的作品');
    expect(text(html(voting, '/units/fujian/quanzhou/jinjiang/'))).toContain('晋江市总工会：入围 2 件。');
  });

  it('the unit tree reads by awards as well as by name, a level at a time from the top', () => {
    // /units/ lists the units directly below the top, each with its branch's results; a province
    // lists its whole branch, each unit with its own branch's.
    const t = text(html(demo, '/units/'));
    expect(t).toContain('单位名称后是2019年的评选结果（含下级单位）');
    expect(t).toContain('福建省 · 获奖 11 件、入围 7 件、优秀组织奖 6 项');
    expect(t).not.toContain('安溪县总工会');
    const fujian = text(html(demo, '/units/fujian/'));
    expect(fujian).toContain('单位名称后是2019年的评选结果（含下级单位）');
    expect(fujian).toContain('泉州市总工会 · 获奖 9 件、入围 5 件、优秀组织奖 4 项');
    expect(fujian).toContain('安溪县总工会 · 入围 2 件');
    expect(text(readPage('/units/'))).not.toContain('评选结果（含下级单位）');
    expect(text(readPage('/units/fujian/'))).not.toContain('评选结果（含下级单位）');
  });
});

describe('results download with their year', () => {
  it('CSV (UTF-8 with BOM) and JSON of every list, the figures apart; only what is out by the build’s day', async () => {
    const bytes = new Uint8Array(await (await fetch(`${demo.url}data/2019/results.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(rows[0]).toBe('年份,征集项目编号,征集项目,名单,奖项,作品名称,作者,单位（照印）,单位编号,公布日期,出处,出处网址');
    expect(rows.slice(1).every((r) => r.startsWith('2019,'))).toBe(true);
    expect(rows).toContain('2019,micro-video,网络正能量微视频征集,获奖名单,一等奖,闽南红砖厝里的绝活,陈志强,晋江市总工会,fujian/quanzhou/jinjiang,2019-11-15,示例：网络正能量微视频征集评选结果的通报,');
    const json = (await (await fetch(`${demo.url}data/2019/results.json`)).json()) as { campaign: string; sampleData: boolean; calls: { id: string; phase: string }[] };
    expect(json).toMatchObject({ campaign: '2019', sampleData: true });
    expect(json.calls.map((c) => c.phase)).toEqual(['awarded', 'awarded', 'counting', 'awaiting', 'shortlisted', 'awarded', 'awaiting']);
    const figures = await (await fetch(`${demo.url}data/2019/figures.csv`)).text();
    expect(figures.split('\r\n')[0]).toBe('年份,项目,数字,计量单位,公布的写法,公布日期,出处,发布单位,出处网址');
    const early = await (await fetch(`${voting.url}data/2019/results.csv`)).text();
    expect(early).toContain(',入围名单,');
    expect(early).not.toContain(',获奖名单,');
    expect((await fetch(`${voting.url}data/2019/figures.csv`)).status).toBe(404);
    for (const [site, kinds] of [
      [demo, ['results', 'figures']],
      [voting, ['results']],
    ] as const) {
      const index = (await (await fetch(`${site.url}data/2019/index.json`)).json()) as { tables: { kind: string }[] };
      expect(index.tables.filter((x) => x.kind === 'results' || x.kind === 'figures').map((x) => x.kind)).toEqual(kinds);
    }
    expect(text(html(demo, '/data/'))).toContain('入围名单、获奖名单、优秀组织奖（每行一件作品或一个单位，写明出处）');
  });
});

/** A search on a served site's search page; the result addresses, inside the site. */
async function search(page: Page, site: ServedSite, q: string): Promise<string[]> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /找到|没有找到|出错/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
  const base = new URL(site.url).pathname;
  return page.$$eval('#search-results li a', (as, b) => as.map((a) => '/' + (a.getAttribute('href') ?? '').slice(b.length)), base);
}

describe('in Chromium', () => {
  it('a worker who types the title of their video, part of it, their name or their company finds its call first', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    for (const q of ['闽南红砖厝里的绝活', '红砖厝', '陈志强', '示例电力有限公司工会', '十佳原创歌曲']) {
      const urls = await search(page, demo, q);
      expect(urls[0], `${q}: ${urls.slice(0, 3).join(' ')}`).toBe(q === '十佳原创歌曲' ? '/2019/subprojects/songs/' : '/2019/subprojects/micro-video/');
    }
    // A unit's page is still the first for its own name.
    expect((await search(page, demo, '晋江'))[0]).toBe('/units/fujian/quanzhou/jinjiang/');
    expect(errors).toEqual([]);
  }, 120_000);

  it('each phase’s call page and a unit page with awards: readable at 390 and 1280 px, the phase on the first screen, nothing wider than the screen', async ({ openPage }) => {
    const pages: [ServedSite, string, string][] = [
      [voting, '2019/subprojects/micro-video/', 'voting'],
      [voting, '2019/subprojects/photography/', 'shortlisted'],
      [demo, '2019/subprojects/photography/', 'counting'],
      [demo, '2019/subprojects/micro-video/', 'awarded'],
      [demo, '2019/subprojects/service-platforms/', 'awaiting'],
    ];
    for (const size of [WIDTHS.phone, WIDTHS.desktop]) {
      const { page, errors } = await openPage(size);
      for (const [site, path, phase] of pages) {
        await page.goto(site.url + path);
        expect(await page.getAttribute('#results-heading >> xpath=..', 'data-call-phase'), path).toBe(phase);
        const box = await page.locator('[data-results-status]').boundingBox();
        // The phase is said within the first two screens even on a phone, below the call's own title.
        expect(box!.y, `${path} at ${size.width}px`).toBeLessThan(size.height * 2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${size.width}px`).toBeLessThanOrEqual(size.width);
      }
      await page.goto(`${demo.url}units/fujian/quanzhou/jinjiang/`);
      expect(await page.locator('[data-unit-results="2019"] li[data-result]').count()).toBe(4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      // The folded shortlist opens without JavaScript's help (a plain <details>).
      await page.goto(`${demo.url}2019/subprojects/micro-video/`);
      await page.locator('details summary').first().click();
      expect(await page.locator('details').first().getAttribute('open')).toBe('');
      expect(errors).toEqual([]);
    }
  }, 120_000);
});
