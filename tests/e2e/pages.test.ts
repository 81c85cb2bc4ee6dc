import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl, WIDTHS } from './browser';
import { pagePaths, readPage } from './site';

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
];

/** The only pages that may ship JavaScript, and why. Their scripts are the site's own bundled files. */
const JS_ALLOWED: Record<string, string> = {
  '/search/': 'Pagefind search runs in the browser',
  '/subprojects/micro-video/': 'the file pre-check reads the chosen video in the browser',
  '/report/': 'the report form checks an entry with the build’s rules in the browser',
};
describe('built pages', () => {
  it('every required address is built', () => {
    const built = pagePaths();
    for (const p of REQUIRED) expect(built).toContain(p);
  });

  it('pages without charts or search ship no JavaScript and no inline handlers', () => {
    for (const p of pagePaths()) {
      const html = readPage(p);
      if (!(p in JS_ALLOWED)) expect(html, p).not.toMatch(/<script\b/i);
      expect(html, p).not.toMatch(/\son[a-z]+\s*=/i);
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
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('each page loads without errors, with landmarks and one h1', async () => {
    for (const p of pagePaths().filter((x) => x !== '/404.html')) {
      const { context, page, errors } = await newPage(browser, WIDTHS.phone);
      const res = await page.goto(siteUrl(p));
      expect(res?.status(), p).toBe(200);
      expect(await page.locator('body > header').count(), p).toBeGreaterThan(0);
      expect(await page.locator('main').count(), p).toBe(1);
      expect(await page.locator('footer').count(), p).toBeGreaterThan(0);
      expect(await page.locator('h1').count(), p).toBe(1);
      expect(errors, p).toEqual([]);
      await context.close();
    }
  }, 300_000);

  it('the notice anchors that staff link to exist', async () => {
    const { context, page } = await newPage(browser, WIDTHS.desktop);
    await page.goto(siteUrl('notices/zgf-2019-17/'));
    for (const id of ['一', '二', '二-一', '三-1', '三-2', '五-四', '附件1', '附件2'])
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    await context.close();
  });
});
