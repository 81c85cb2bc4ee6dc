import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { it, WIDTHS } from './browser';
import { checkLinks } from './links';
import { serveSite, type ServedSite } from './site';

/**
 * The sample data mode: a demo build (sample reports from tests/fixtures/demo) into a temporary
 * directory, served under the base path /portal/ like a project site. Checks that the sample
 * figures reach the charts, tables and downloads, that the sums are right at every level, that
 * every page says 示例数据 (axe and the other gates run over this build as the project e2e-demo).
 */
const BASE = '/portal/';
let site: ServedSite;
const html = (path: string) => readFileSync(join(site.out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const at = (path: string) => site.url + path.replace(/^\/+/, '');

/** The reported figures of one chart's table, by unit (children tables) or measure (plan tables). */
function table(page: string, chart: string): { rows: Map<string, number | undefined>; basis: Map<string, string>; total?: number } {
  const section = new RegExp(`<section[^>]*data-chart-key="${chart}"[^>]*>([\\s\\S]*?)</section>`).exec(html(page))?.[1];
  if (!section) throw new Error(`${page}: no chart ${chart}`);
  // A plan table's rows are its measures (the unit is the table's), a children table's its units (the measure is the table's).
  const key = chart === 'plan' ? 'measure' : 'unit';
  expect(section).toMatch(new RegExp(`<table[^>]*data-${key === 'measure' ? 'unit' : 'measure'}="[^"]+"`));
  const rows = new Map<string, number | undefined>();
  const basis = new Map<string, string>();
  for (const m of section.matchAll(new RegExp(`<tr data-${key}="([^"]+)" data-basis="([^"]+)"[^>]*>[\\s\\S]*?data-reported="([^"]*)"`, 'g'))) {
    const id = m[1]!;
    rows.set(id, m[3] === 'none' ? undefined : Number(m[3]));
    basis.set(id, m[2]!);
  }
  const total = /<tfoot>[\s\S]*?data-reported="([^"]*)"/.exec(section)?.[1];
  return { rows, basis, total: total === undefined || total === 'none' ? undefined : Number(total) };
}
const charts = (page: string) => [...html(page).matchAll(/data-chart-key="([^"]+)"/g)].map((m) => m[1]!);

beforeAll(async () => {
  site = await serveSite('demo');
});

afterAll(async () => site?.dispose());

describe('demo build (sample reports)', () => {
  it('puts the 示例数据 banner on every page', () => {
    const all = site.pages();
    expect(all.length).toBeGreaterThan(60);
    for (const p of all) expect(html(p), p).toMatch(/<div class="sample-banner[^"]*">[\s\S]*?示例数据[\s\S]*?tests\/fixtures\/demo/);
  });

  it('shows the sample figures in the tables, at every level', () => {
    const plan = (p: string) => Object.fromEntries(table(p, 'plan').rows);
    expect(plan('/units/')).toEqual({ grassrootsUnions: 40, propagandists: 2090, activities: 332, workersReached: 22800, netizensCovered: 3180000 });
    expect(plan('/units/fujian/')).toEqual({ propagandists: 390, activities: 37, workersReached: 2800, netizensCovered: 180000 });
    expect(plan('/units/fujian/quanzhou/')).toEqual({ propagandists: 95, activities: 9, workersReached: 700, netizensCovered: 60000 });
    expect(plan('/units/fujian/quanzhou/jinjiang/')).toEqual({ propagandists: 12, activities: 2, workersReached: 150, netizensCovered: 9000 });
    expect(plan('/units/fujian/quanzhou/yongchun/')).toEqual({ propagandists: 8, activities: 1 });
    expect(plan('/units/beijing/')).toEqual({ activities: undefined });
    // Quanzhou reported itself: its own figure, not its counties' (5), goes up to Fujian.
    expect(table('/units/fujian/quanzhou/', 'plan').basis.get('activities')).toBe('own');
    expect(table('/units/fujian/quanzhou/', 'children-activities').total).toBe(5);
    expect(table('/units/fujian/', 'children-activities').rows.get('fujian/quanzhou')).toBe(9);
    expect(table('/units/', 'children-activities').total).toBe(332);
    expect(html('/units/beijing/')).toContain('尚未上报');
  });

  it('adds up at every level: each children table’s total, and a parent without its own report shows that total', () => {
    let checked = 0;
    for (const p of site.pages().filter((x) => x.startsWith('/units/'))) {
      const plan = table(p, 'plan');
      for (const key of charts(p).filter((k) => k.startsWith('children-'))) {
        const t = table(p, key);
        const sum = [...t.rows.values()].reduce((s: number, v) => s + (v ?? 0), 0);
        const any = [...t.rows.values()].some((v) => v !== undefined);
        expect(t.total, `${p} ${key}`).toBe(any ? sum : undefined);
        const measure = key.slice('children-'.length);
        if (plan.basis.get(measure) === 'children') expect(plan.rows.get(measure), `${p} ${measure}`).toBe(sum);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('offers the same figures as CSV and JSON, built with the site', async () => {
    for (const p of ['/units/', '/units/fujian/', '/units/fujian/quanzhou/']) {
      const id = p === '/units/' ? 'national' : p.slice('/units/'.length, -1);
      for (const key of charts(p)) {
        const t = table(p, key);
        const json = (await (await fetch(at(`data/2019/units/${id}/${key}.json`))).json()) as {
          sampleData: boolean;
          rows: { unit: string; measure: string; reported: number | null }[];
          total?: { reported: number | null };
        };
        expect(json.sampleData).toBe(true);
        for (const r of json.rows) expect(r.reported ?? undefined, `${id} ${key} ${r.unit}`).toBe(t.rows.get(key === 'plan' ? r.measure : r.unit));
        if (t.total !== undefined) expect(json.total?.reported).toBe(t.total);
        const res = await fetch(at(`data/2019/units/${id}/${key}.csv`));
        expect(res.status).toBe(200);
        const csv = await res.text();
        expect(csv.split('\r\n')[0]).toBe('年份,单位编号,单位名称,指标,计量单位,目标,已上报,完成比例,计算方式,日期,报告来源');
        // The address the first year published answers with the same table.
        expect(await (await fetch(at(`data/units/${id}/${key}.csv`))).text()).toBe(csv);
      }
    }
    const fujian = await (await fetch(at('data/2019/units/fujian/children-activities.csv'))).text();
    expect(fujian).toContain('2019,fujian/quanzhou,泉州市总工会,走进企业或开展线下活动,场,13,9,0.6923,本单位上报,2019-09-28,示例数据');
    expect(fujian.trimEnd().split('\r\n').at(-1)).toBe('2019,,合计,走进企业或开展线下活动,场,100,37,0.3700,,,');
    const national = await (await fetch(at('data/2019/units/national/plan.json'))).json();
    expect(national.campaign).toBe('2019');
    expect(national.rows.find((r: { measure: string }) => r.measure === 'activities')).toMatchObject({ target: 3000, reported: 332, basis: 'children' });
  });

  it('lists every table’s downloads, by year: /data/ the national ones, each unit page its own, and the year’s index all; every link resolves under the base path', async () => {
    const data = html('/data/');
    for (const p of ['national/plan', 'national/children-activities'])
      for (const ext of ['csv', 'json']) expect(data).toContain(`href="${BASE}data/2019/units/${p}.${ext}"`);
    expect(data).toContain(`href="${BASE}data/plans/qg-2019-27.csv"`);
    expect(data).toContain(`href="${BASE}data/2019/index.json"`);
    expect(html('/units/fujian/')).toContain(`href="${BASE}data/2019/units/fujian/children-propagandists.csv"`);
    const index = (await (await fetch(at('data/2019/index.json'))).json()) as { campaign: string; tables: { csv: string; json: string }[] };
    expect(index.campaign).toBe('2019');
    expect(index.tables.map((t) => t.csv)).toEqual(expect.arrayContaining([`${BASE}data/2019/units/fujian/quanzhou/jinjiang/plan.csv`, `${BASE}data/plans/qg-2019-27.csv`]));
    for (const t of index.tables) for (const f of [t.csv, t.json]) expect(site.files(), f).toContain(f.slice(BASE.length));
    const links = checkLinks(site.out, BASE);
    expect(links.broken).toEqual([]);
    expect(links.unsafeExternal).toEqual([]);
  });
});

describe('demo build in Chromium', () => {
  const UNIT_PAGES = ['units/', 'units/fujian/', 'units/fujian/quanzhou/', 'units/fujian/quanzhou/yongchun/', 'units/tianjin/'];

  it('draws every chart from its data, with no errors (CSP included), and the banner shows', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
    for (const p of UNIT_PAGES) {
      await page.goto(at(p));
      const boxes = page.locator('.chart-box');
      const n = await boxes.count();
      expect(n, p).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const canvas = boxes.nth(i).locator('canvas[role="img"]');
        // Charts are drawn as they come near the screen.
        await boxes.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => canvas.count(), { timeout: 5000 }).toBe(1);
        const size = await canvas.boundingBox();
        expect(size!.width, p).toBeGreaterThan(300);
        expect(size!.height, p).toBeGreaterThan(150);
        // Something was painted: not every pixel is the same.
        const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          const first = d.slice(0, 4).join();
          for (let k = 0; k < d.length; k += 4 * 97) if (d.slice(k, k + 4).join() !== first) return true;
          return false;
        });
        expect(painted, p).toBe(true);
      }
      await expect.poll(() => page.locator('.sample-banner').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(WIDTHS.phone.width);
    }
    for (const p of ['', 'notices/qg-2019-27/', 'about/', 'data/']) {
      await page.goto(at(p));
      expect(await page.locator('.sample-banner').isVisible(), p).toBe(true);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps each chart’s room before any script runs, and says where the figures are', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    // Scripts blocked: what the page shows before (or without) the chart script.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(at('units/fujian/'));
    expect(await page.locator('canvas').count()).toBe(0);
    const boxes = await page.locator('.chart-box').evaluateAll((bs) =>
      bs.map((b) => ({
        height: Math.round(b.getBoundingClientRect().height),
        wanted: Number((b as HTMLElement).dataset.chartHeight),
        placeholder: getComputedStyle(b, '::before').content,
      })),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) {
      expect(b.height).toBe(b.wanted);
      expect(b.placeholder).toContain('数字见下表');
    }
  });

  it('nothing moves when the charts are drawn, even when the chart script arrives late', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    // A slow connection: the page paints first, the scripts come two seconds later.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Scroll to the first chart while its script is still on the way: only what moves on the screen
    // counts as a layout shift.
    await page.goto(at('units/fujian/'), { waitUntil: 'commit' });
    const boxes = page.locator('.chart-box');
    await boxes.first().evaluate((b) => window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - 200));
    expect(await boxes.first().locator('canvas').count()).toBe(0);
    for (let i = 0; i < (await boxes.count()); i++) {
      await boxes.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => boxes.nth(i).locator('canvas').count(), { timeout: 8000 }).toBe(1);
      expect(await boxes.nth(i).evaluate((b) => getComputedStyle(b, '::before').content)).toBe('none');
    }
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });

  it('without JavaScript the table is the chart: no canvas, no empty frame, every figure readable', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone, false);
    await page.goto(at('units/fujian/'));
    expect(await page.locator('canvas').count()).toBe(0);
    for (const h of await page.locator('.chart-box').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height))) expect(h).toBe(0);
    const plan = page.locator('[data-chart-key="plan"][data-chart-year="2019"] table');
    expect(await plan.isVisible()).toBe(true);
    expect(await plan.locator('tr[data-measure="activities"] td').nth(1).innerText()).toBe('37 场');
  });
  // axe at 390 and 1280 px runs on every page of this build with the other gates (vitest.config.ts: e2e-demo).
});
