import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl, WIDTHS } from './browser';
import { PROJECT } from './site';

/**
 * The micro-video pre-check in Chromium, fed the real few-KB video files made by ffmpeg
 * (scripts/make-video-fixtures.sh): each gets its Chinese verdict, none an exception.
 */
const VIDEO = join(PROJECT, 'tests/fixtures/video');

const CASES: { file: string; verdict: 'pass' | 'fail' | 'unknown'; says: string[]; checks: Record<string, string> }[] = [
  { file: 'valid.mp4', verdict: 'pass', says: ['这个文件符合格式、时长和大小的要求。', '时长：2秒，小于 3 分钟。'], checks: { format: 'pass', duration: 'pass', size: 'pass' } },
  { file: 'mov-renamed.mp4', verdict: 'fail', says: ['这是MOV（QuickTime）视频', '改扩展名不会改变格式', '导出'], checks: { format: 'fail', duration: 'pass', size: 'pass' } },
  { file: 'audio-only.mp4', verdict: 'fail', says: ['文件里没有视频画面，只有声音'], checks: { format: 'pass', video: 'fail', duration: 'pass', size: 'pass' } },
  { file: 'too-long.mp4', verdict: 'fail', says: ['时长：4分0秒，超过了规定（小于 3 分钟）', '至少剪掉 1分1秒'], checks: { format: 'pass', duration: 'fail', size: 'pass' } },
  { file: 'truncated.mp4', verdict: 'fail', says: ['文件不完整：文件只有 1,600 字节，按文件内部记录应有 2,156 字节'], checks: { file: 'fail', format: 'pass', size: 'pass' } },
  { file: 'truncated-faststart.mp4', verdict: 'fail', says: ['文件不完整'], checks: { file: 'fail', format: 'pass', duration: 'pass', size: 'pass' } },
  { file: 'random-bytes.mp4', verdict: 'fail', says: ['无法识别：这个文件不是视频文件'], checks: { file: 'fail', size: 'pass' } },
];

async function check(page: Page, file: string) {
  await page.setInputFiles('#precheck-file', join(VIDEO, file));
  const result = page.locator('[data-precheck-result] [data-verdict]');
  await result.waitFor({ timeout: 10_000 });
  const checks = Object.fromEntries(
    await page.locator('[data-precheck-result] li[data-check]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-check'), li.getAttribute('data-status')])),
  );
  return { verdict: await result.getAttribute('data-verdict'), text: await result.innerText(), checks };
}

describe('the file pre-check on /subprojects/micro-video/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('answers each real file in Chinese, without errors', async () => {
    const { context, page, errors } = await newPage(browser, WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    expect(await page.locator('[data-precheck-ui]').isVisible()).toBe(true);
    for (const c of CASES) {
      const r = await check(page, c.file);
      expect(r.verdict, c.file).toBe(c.verdict);
      for (const s of c.says) expect(r.text, c.file).toContain(s);
      expect(r.checks, c.file).toEqual(c.checks);
      expect(r.text, c.file).toContain(`文件：${c.file}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes its limits from the content data, not from the script', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    const limits = JSON.parse((await page.locator('[data-precheck]').getAttribute('data-limits')) ?? '');
    expect(limits).toEqual({
      formats: ['MP4'],
      maxDurationSeconds: 180,
      maxSizeBytes: 50_000_000,
      maxSizeMB: 50,
      manual: ['画面清晰', '声音清楚', '重点内容配字幕'],
    });
    await context.close();
  });

  it('applies whatever limits the page carries: a 1-second limit fails the 2-second file', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone);
    const tight = JSON.stringify({ formats: ['MP4'], maxDurationSeconds: 1, maxSizeBytes: 1000, maxSizeMB: 0.001, manual: [] }).replace(/"/g, '&quot;');
    await page.route(siteUrl('subprojects/micro-video/'), async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace(/data-limits="[^"]*"/, `data-limits="${tight}"`) });
    });
    await page.goto(siteUrl('subprojects/micro-video/'));
    const r = await check(page, 'valid.mp4');
    expect(r.verdict).toBe('fail');
    expect(r.checks).toEqual({ format: 'pass', duration: 'fail', size: 'fail' });
    expect(r.text).toContain('超过了规定（小于 1秒）');
    await context.close();
  });

  it('says the size rule it applies (1 MB = 1,000,000 bytes) and that nothing is uploaded', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    const text = await page.locator('[data-precheck]').innerText();
    expect(text).toContain('1 MB = 1,000,000 字节');
    expect(text).toContain('50MB 即 50,000,000 字节');
    expect(text).toContain('不会上传');
    await context.close();
  });

  it('uploads nothing and works offline: reading files makes no request', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await check(page, 'valid.mp4');
    await check(page, 'mov-renamed.mp4');
    expect(requests).toEqual([]);
    await context.close();
  });

  it('with JavaScript off, the page says what the check needs, and shows no dead control', async () => {
    const { context, page } = await newPage(browser, WIDTHS.phone, false);
    await page.goto(siteUrl('subprojects/micro-video/'));
    expect(await page.locator('[data-precheck-ui]').isVisible()).toBe(false);
    expect(await page.locator('[data-precheck]').innerText()).toContain('文件自查需要浏览器开启 JavaScript');
    // The WeChat name stays readable and selectable; the copy button needs the script.
    expect(await page.getByText('津工E家', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.locator('button[data-copy]').isVisible()).toBe(false);
    await context.close();
  });

  it('the copy button copies the WeChat account name', async () => {
    const context = await browser.newContext({ viewport: WIDTHS.phone, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(siteUrl('subprojects/micro-video/'));
    const button = page.locator('button[data-copy="津工E家"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').innerText()).toContain('已复制“津工E家”');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('津工E家');
    await context.close();
  });
});
