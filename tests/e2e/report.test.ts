import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl, WIDTHS } from './browser';
import { newReport, SAMPLE_ARGS, withFixture } from '../content/helpers';
import { validateContent } from '../../src/lib/content';

async function fill(page: Page, v: { unit: string; asOf: string; activities?: string; propagandists?: string; workersReached?: string; source: string }) {
  await page.selectOption('#r-unit', v.unit);
  await page.fill('#r-date', v.asOf);
  for (const k of ['activities', 'propagandists', 'workersReached'] as const) await page.fill(`#r-${k}`, v[k] ?? '');
  await page.fill('#r-source', v.source);
  await page.click('#report-form button[type=submit]');
  await page.waitForSelector('#report-result:not([hidden])');
}

describe('/report/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('produces exactly the file npm run new:report writes for the same entry, and the build accepts it', async () => {
    const { context, page, errors } = await newPage(browser, WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await fill(page, { unit: 'fujian/quanzhou/jinjiang', asOf: '2019-09-01', activities: '1', propagandists: '10', workersReached: '120', source: '晋江市总工会关于主题活动开展情况的报告' });
    const text = await page.textContent('#report-text');
    const path = await page.textContent('#report-path');
    const href = await page.getAttribute('#report-open', 'href');
    await context.close();
    expect(errors).toEqual([]);
    expect(path).toBe('content/progress/fujian/quanzhou/jinjiang/2019-09-01.json');

    withFixture('empty', (root) => {
      const r = newReport(root, SAMPLE_ARGS);
      expect(r.status, r.stderr).toBe(0);
      expect(text).toBe(readFileSync(join(root, path!), 'utf8'));
      expect(validateContent({ root, today: '2019-10-15' }).issues).toEqual([]);
    });

    // The prefilled "create new file" link: the repository's new-file page with path and contents.
    const url = new URL(href!);
    expect(url.pathname).toMatch(/^\/[^/]+\/[^/]+\/new\/main$/);
    expect(url.searchParams.get('filename')).toBe(path);
    expect(url.searchParams.get('value')).toBe(text);
  });

  it('shows every problem of a bad entry, in the words the build uses, and no file', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone);
    await page.goto(siteUrl('report/'));
    await fill(page, { unit: 'fujian/quanzhou/jinjiang', asOf: '2030-01-01', activities: '-1', source: 'x' });
    const status = await page.textContent('#report-status');
    expect(status).toContain('字段 activities');
    expect(status).toContain('字段 asOf');
    expect(await page.isHidden('#report-file')).toBe(true);
    await context.close();
  });

  it('explains the manual steps when JavaScript is off', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone, false);
    await page.goto(siteUrl('report/'));
    expect(await page.isVisible('#report-nojs')).toBe(true);
    expect(await page.textContent('#report-nojs')).toContain('content/progress/');
    await context.close();
  });
});
