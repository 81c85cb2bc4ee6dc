import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { it, siteUrl, WIDTHS } from './browser';
import { BASE, DIST, distFiles, htmlText, pagePaths, readPage, SITE_CONTENT } from './site';

/** Every unit of content/units/ except the top (national, which is /units/ itself). */
const UNIT_IDS: string[] = readdirSync(join(SITE_CONTENT, 'units'))
  .flatMap((f) => JSON.parse(readFileSync(join(SITE_CONTENT, 'units', f), 'utf8')) as { id: string; parent: string | null }[])
  .filter((u) => u.parent !== null)
  .map((u) => u.id);

/** The addresses PORTAL.md fixes that exist so far; each later issue adds its own. */
const SUBPROJECTS = ['micro-video', 'themed-activities', 'photography', 'service-platforms', 'recitation', 'songs', 'micro-lessons'];
const REQUIRED = [
  '/',
  '/notices/',
  '/notices/zgf-2019-17/',
  '/notices/mg-2019-64/',
  '/notices/qg-2019-27/',
  '/about/',
  '/search/',
  '/report/',
  '/404.html',
  '/subprojects/',
  ...SUBPROJECTS.map((id) => `/subprojects/${id}/`),
  ...SUBPROJECTS.map((id) => `/subprojects/${id}/poster/`),
  '/contacts/',
  '/timeline/',
  '/units/',
  '/units/fujian/',
  '/units/fujian/quanzhou/',
  '/units/fujian/quanzhou/jinjiang/',
  ...UNIT_IDS.map((id) => `/units/${id}/`),
  '/data/',
  // Each campaign year's own pages (PORTAL.md, "Pages and addresses").
  '/2019/',
  '/2019/subprojects/',
  ...SUBPROJECTS.map((id) => `/2019/subprojects/${id}/`),
  ...SUBPROJECTS.map((id) => `/2019/subprojects/${id}/poster/`),
  '/2019/timeline/',
  '/2019/contacts/',
];

/** Files the first year's site published, which must keep resolving. */
const REQUIRED_FILES = [
  'timeline/2019.ics',
  'contacts/all.vcf',
  'contacts/zgf-2019-17.vcf',
  'contacts/micro-video.vcf',
  'data/plans/zgf-2019-17.csv',
  'data/units/fujian/quanzhou/plan.csv',
  'data/units/fujian/children-activities.json',
  'data/2019/units/fujian/quanzhou/plan.csv',
  'data/2019/index.json',
  '2019/contacts/all.vcf',
  'rss.xml',
];

/** The only pages that may ship JavaScript, and why. Their scripts are the site's own bundled files. */
const JS_ALLOWED: Record<string, string> = {
  '/search/': 'Pagefind search runs in the browser',
  '/subprojects/micro-video/': 'the file pre-check reads the chosen video in the browser',
  '/2019/subprojects/micro-video/': 'the file pre-check reads the chosen video in the browser',
  '/report/': 'the report form checks an entry with the build’s rules in the browser',
};
/** Unit pages carry progress charts, and ship the chart script and nothing else. */
const CHART_PAGES = /^\/units\/(?:.+\/)?$/;
const CHART_SCRIPT = /<script type="module" src="[^"]*\/_astro\/chart-loader\.[^"]+\.js"><\/script>/g;
describe('built pages', () => {
  it('every required address is built', () => {
    const built = pagePaths();
    expect(UNIT_IDS).toHaveLength(58);
    for (const p of REQUIRED) expect(built).toContain(p);
    const files = distFiles();
    for (const f of REQUIRED_FILES) expect(files).toContain(f);
  });

  it('every address the site has published is still built (tests/fixtures/addresses/site.txt), as a page or a file', () => {
    if (!DIST.endsWith(join('dist-test', 'site'))) return;
    const published = readFileSync(join(SITE_CONTENT, '../addresses/site.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(published.length).toBeGreaterThan(400);
    const built = new Set(distFiles());
    expect(published.filter((f) => !built.has(f))).toEqual([]);
  });

  it('pages without charts ship no JavaScript; chart pages only the chart script; no inline handlers', () => {
    for (const p of pagePaths()) {
      const html = readPage(p);
      const hasChart = html.includes('data-progress-chart=');
      if (hasChart) {
        expect(CHART_PAGES.test(p), `${p} has a chart but is not a unit page`).toBe(true);
        const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
        expect(scripts.length, p).toBe(1);
        expect(scripts[0], p).toMatch(CHART_SCRIPT);
      } else if (!(p in JS_ALLOWED)) expect(html, p).not.toMatch(/<script\b/i);
      expect(html, p).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, p).not.toMatch(/\sstyle="/i);
      expect(html, p).toMatch(/<html lang="zh-CN"/);
    }
  });

  it('every pre-check page is allowed JavaScript, and pages with JavaScript load only the site\'s own files', () => {
    const withPrecheck = pagePaths().filter((p) => readPage(p).includes('data-precheck'));
    expect(withPrecheck.length).toBeGreaterThan(0);
    for (const p of withPrecheck) expect(Object.keys(JS_ALLOWED), p).toContain(p);
    for (const p of Object.keys(JS_ALLOWED)) {
      const scripts = [...readPage(p).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, p).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(body?.trim(), `${p}: inline script`).toBe('');
        expect(attrs, p).toMatch(/\ssrc="[^"]*\/_astro\/[^"]+\.js"/);
      }
    }
  });

  it('every unit page has a chart; chart.js is bundled once, tree-shaken, and loaded by chart pages only', () => {
    for (const id of ['', ...UNIT_IDS.map((x) => `${x}/`)]) expect(readPage(`/units/${id}`), id).toContain('data-progress-chart=');
    const withChartJs = distFiles()
      .filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'))
      .filter((f) => readFileSync(join(DIST, f), 'utf8').includes('Chart.js v4'));
    expect(withChartJs).toHaveLength(1);
    const bundle = readFileSync(join(DIST, withChartJs[0]!), 'utf8');
    expect(bundle).toContain('Chart.js v4');
    // Registered pieces only: the bar chart, its two scales; no other chart types or scales.
    expect(new Set([...bundle.matchAll(/static id="(\w+)"/g)].map((m) => m[1]))).toEqual(new Set(['bar', 'category', 'linear']));
    expect(bundle.length).toBeLessThan(160_000);
  });

  it('the stylesheet keeps the room of every chart on the site (a rule for each height used)', () => {
    const cssFiles = distFiles().filter((f) => f.endsWith('.css'));
    const css = cssFiles.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    // Only with scripting on: without JavaScript there is no chart and so no room kept.
    const start = css.search(/@media\s*\(scripting:\s*enabled\)/);
    expect(start).toBeGreaterThanOrEqual(0);
    const media = css.slice(start);
    const heights = new Set(
      pagePaths()
        .filter((p) => CHART_PAGES.test(p))
        .flatMap((p) => [...readPage(p).matchAll(/data-chart-height="(\d+)"/g)].map((m) => m[1])),
    );
    expect(heights.size).toBeGreaterThan(2);
    // In rem (px / 16), so that the room grows with the user's text size as the chart does.
    for (const h of heights)
      expect(media, `height ${h}`).toMatch(new RegExp(`\\.chart-box\\[data-chart-height=["']?${h}["']?\\]\\{height:${String(Number(h) / 16).replace('.', '\\.')}rem\\}`));
  });

  it('with no reports, every unit says 尚未上报', () => {
    for (const id of ['', ...UNIT_IDS.map((x) => `${x}/`)]) expect(readPage(`/units/${id}`), id).toContain('尚未上报');
  });

  it('every page with a file to download or print tells WeChat readers to open it in a browser first', () => {
    const needing = pagePaths().filter((p) => /<a\b[^>]*\sdownload[\s>=]/.test(readPage(p)) || p.endsWith('/poster/'));
    expect(needing).toEqual(expect.arrayContaining(['/timeline/', '/contacts/', '/data/', '/units/', '/subprojects/micro-video/poster/', '/2019/timeline/', '/2019/contacts/']));
    for (const p of needing) expect(readPage(p), p).toContain('data-wechat-note');
  });

  it('every page carries a share card (title, description, its own address, an existing picture) and a home-screen icon', () => {
    const meta = (html: string, prop: string) => html.match(new RegExp(`<meta property="${prop}" content="([^"]*)"`))?.[1];
    for (const p of pagePaths()) {
      const html = readPage(p);
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      expect(meta(html, 'og:url'), p).toBe(canonical);
      expect(meta(html, 'og:title')?.length, p).toBeGreaterThan(1);
      expect(meta(html, 'og:description'), p).toBe(html.match(/<meta name="description" content="([^"]*)"/)?.[1]);
      expect(meta(html, 'og:locale'), p).toBe('zh_CN');
      const image = new URL(meta(html, 'og:image') ?? '');
      const canonicalUrl = new URL(canonical ?? '');
      expect(image.origin, p).toBe(canonicalUrl.origin);
      // The picture is a file of the site, at the size the card says (PNG header: width, height).
      const base = new URL(BASE, canonicalUrl).pathname;
      const png = readFileSync(join(DIST, image.pathname.slice(base.length)));
      expect(png.subarray(1, 4).toString(), p).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], p).toEqual([Number(meta(html, 'og:image:width')), Number(meta(html, 'og:image:height'))]);
      expect(html, p).toMatch(/<link rel="apple-touch-icon" href="[^"]*apple-touch-icon\.png">/);
    }
    expect(distFiles()).toContain('apple-touch-icon.png');
  });

  it('the sitemap lists each page once, at its canonical address', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toEqual(expect.arrayContaining(['/2019/subprojects/micro-video/', '/notices/zgf-2019-17/', '/units/fujian/']));
    for (const loc of locs) {
      const canonical = readPage(loc).match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      expect(new URL(canonical!).pathname, loc).toBe(loc);
    }
  });

  it('/units/ lists the units directly below the top, with a finder over the site’s search; a province lists its whole branch', () => {
    const top = readPage('/units/');
    expect(top).toMatch(/<form[^>]*role="search"[^>]*action="[^"]*\/search\/"[^>]*method="get"/);
    expect(top).toContain('<input type="hidden" name="kind" value="单位">');
    expect(top).toMatch(/<noscript>[\s\S]*?逐级进入[\s\S]*?<\/noscript>/);
    const links = (html: string) => [...html.matchAll(/<a href="[^"]*\/units\/([^"#]+)\/"/g)].map((m) => m[1]!);
    expect(links(top)).toEqual(expect.arrayContaining(['fujian', 'tianjin']));
    expect(links(top)).not.toContain('fujian/quanzhou/jinjiang');
    // Every unit is two pages from the top: its province's page lists the whole province.
    expect(links(readPage('/units/fujian/'))).toEqual(expect.arrayContaining(['fujian/quanzhou', 'fujian/quanzhou/jinjiang', 'fujian/quanzhou/yongchun']));
  });

  it('the notices link each allocated unit to its page', () => {
    expect(readPage('/notices/qg-2019-27/')).toMatch(/<a href="[^"]*\/units\/fujian\/quanzhou\/yongchun\/">永春市总工会<\/a>/);
    expect(readPage('/notices/zgf-2019-17/')).toMatch(/<a href="[^"]*\/units\/fujian\/">福建省<\/a>/);
  });
});

describe('in Chromium', () => {
  it('each page loads without errors, with landmarks and one h1', async ({ openPage }) => {
    // One page for all addresses (a context per address made this minutes long with 60+ unit pages).
    const { page, errors } = await openPage(WIDTHS.phone);
    for (const p of pagePaths().filter((x) => x !== '/404.html')) {
      errors.length = 0;
      const res = await page.goto(siteUrl(p));
      expect(res?.status(), p).toBe(200);
      expect(await page.locator('body > header').count(), p).toBeGreaterThan(0);
      expect(await page.locator('main').count(), p).toBe(1);
      expect(await page.locator('footer').count(), p).toBeGreaterThan(0);
      expect(await page.locator('h1').count(), p).toBe(1);
      expect(errors, p).toEqual([]);
    }
  }, 300_000);

  it('the unit finder on /units/ searches unit pages', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('units/'));
    await page.fill('#find-unit', '晋江');
    await page.press('#find-unit', 'Enter');
    await page.waitForFunction(() => /找到|没有找到|出错/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(await page.isChecked('input[name="kind"][value="单位"]')).toBe(true);
    const hrefs = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs[0]).toMatch(/\/units\/fujian\/quanzhou\/jinjiang\/$/);
  });

  it('the notice anchors that staff link to exist', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.desktop);
    await page.goto(siteUrl('notices/zgf-2019-17/'));
    for (const id of ['一', '二', '二-一', '三-1', '三-2', '五-四', '附件1', '附件2'])
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
  });
});

describe('feed', () => {
  it('/rss.xml lists every notice, newest first, with links into the site', () => {
    const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    // The test site's own notices, three of them made for the print test (test-2019-*).
    expect(titles.map((t) => t!.split(' ')[0])).toEqual(['德工办〔2019〕8号', '惠工〔2019〕21号', '德工〔2019〕15号', '泉工〔2019〕27号', '闽工〔2019〕64号', '总工发〔2019〕17号']);
    expect(xml).toMatch(/<link>https?:\/\/[^<]+\/notices\/qg-2019-27\/<\/link>/);
  });
});

describe('notices as printed', () => {
  it('add no unit above contacts where the notice prints none', () => {
    // Fujian and Quanzhou print only 联系人、电话、邮箱; the units are read from their text for the data.
    const source = readFileSync(join(SITE_CONTENT, 'campaigns/2019/sources/notices.txt'), 'utf8');
    for (const [page, unit] of [
      ['/notices/mg-2019-64/', '福建省总工会网络工作部'],
      ['/notices/qg-2019-27/', '泉州市总工会宣教部'],
    ] as const) {
      const document = readPage(page).match(/<article class="document[\s\S]*?<\/article>/)?.[0] ?? '';
      expect(document, page).toContain('联系人');
      expect(source).not.toContain(unit);
      expect(htmlText(document), page).not.toContain(unit);
    }
  });

  it('show a recorded correction beside the words as printed, and use the corrected number elsewhere', () => {
    // The test site records that 0595-22197569 was misprinted for 0595-22197560 (qg-2019-27.mdx's `corrections`).
    const notice = readPage('/notices/qg-2019-27/');
    expect(htmlText(notice).replace(/\s+/g, '')).toContain('0595-22197569（更正为0595-22197560）');
    expect(notice).not.toContain('href="tel:+86-595-22197569"');
    expect(notice).toContain('href="tel:+86-595-22197560"');
    expect(htmlText(notice).replace(/\s+/g, '')).toContain('报送市总工会宣教部。（更正为报送市总工会宣传教育部。）');
    const contacts = readPage('/contacts/');
    expect(contacts).toContain('href="tel:+86-595-22197560"');
    expect(contacts).not.toContain('22197569');
    expect(readFileSync(join(DIST, 'contacts/qg-2019-27.vcf'), 'utf8')).toContain('+86-595-22197560');
  });
});
