#!/usr/bin/env node
// @ts-check
// Takes the screenshots of the report form that CONTRIBUTING.md shows (docs/images/report-*.png),
// from the built site in dist/ (run `npm run build` first), in Debian's Chromium with the CJK fonts:
// the form's errors at their boxes (390 px, 1280 px, and 1280 px at 200% zoom), a count it read
// differently and one past its bound, the whole page once checked, and the file it makes with each
// kind of host's steps (the result is drawn from the form's data-repo alone, which is set here as
// a build with PORTAL_REPO_KIND and PORTAL_REPO_URL would set it). The
// PNGs are committed; run this again (`node scripts/docs-screenshots.mjs`) when the form changes.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}docs/images/`;
const server = await startServer(`${ROOT}dist`, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/**
 * @param {{ width: number, height: number, scale?: number }} size
 * @param {(page: import('playwright-core').Page) => Promise<void>} act
 * @param {string} file
 * @param {string} [selector] the part of the page to take (default: the whole page)
 */
async function shot(size, act, file, selector) {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale ?? 1, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}report/`);
  await act(page);
  if (selector) await page.locator(selector).screenshot({ path: `${OUT}${file}` });
  else await page.screenshot({ path: `${OUT}${file}`, fullPage: true });
  await context.close();
  console.log(`docs/images/${file}`);
}

/** @param {import('playwright-core').Page} page @param {Record<string, string>} v */
async function submit(page, v) {
  if (v.unit) await page.selectOption('#r-unit', v.unit);
  for (const [id, value] of Object.entries(v)) if (id !== 'unit') await page.fill(`#r-${id}`, value);
  await page.click('#report-form button[type=submit]');
  await page.waitForSelector('#report-result:not([hidden])');
}

/** @param {string} kind @param {string} url */
const host = (kind, url) => async (/** @type {import('playwright-core').Page} */ page) => {
  await page.evaluate(([k, u]) => {
    /** @type {HTMLElement} */ (document.getElementById('report-form')).dataset.repo = JSON.stringify({ kind: k, url: u, branch: 'main' });
  }, [kind, url]);
};

const good = { unit: 'fujian/quanzhou/jinjiang', date: '2019-09-01', activities: '1', propagandists: '10', workersReached: '120', source: '晋江市总工会关于主题活动开展情况的报告' };
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
// 200% zoom: the page laid out in half the CSS pixels, drawn at twice the density.
const zoomed = { width: 640, height: 450, scale: 2 };

try {
  const empty = (/** @type {import('playwright-core').Page} */ page) => submit(page, {});
  await shot(phone, empty, 'report-errors-390.png', 'main');
  await shot(desktop, empty, 'report-errors-1280.png', 'main');
  await shot(zoomed, empty, 'report-errors-200pct.png', 'main');
  await shot(phone, (page) => submit(page, { ...good, activities: '30001', propagandists: '1,300', workersReached: '１２０' }), 'report-count-errors-390.png', '#r-counts');
  await shot(phone, (page) => submit(page, good), 'report-form.png');
  await shot(phone, async (page) => {
    await host('github', 'https://github.com/acme/wangju-portal')(page);
    await submit(page, good);
  }, 'report-file-github-390.png', '#report-result');
  await shot(phone, async (page) => {
    await host('gitlab', 'https://git.example.gov.cn/fujian/portal')(page);
    await submit(page, good);
  }, 'report-file-gitlab-390.png', '#report-result');
  await shot(phone, async (page) => {
    await host('gitee', 'https://gitee.com/acme/wangju-portal')(page);
    await submit(page, good);
  }, 'report-file-gitee-390.png', '#report-result');
} finally {
  await browser.close();
  await server.close();
}
