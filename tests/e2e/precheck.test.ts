import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { boxStorm } from '../fixtures/video/hostile';
import { it, siteUrl, WIDTHS } from './browser';
import { PROJECT } from './site';

/**
 * The micro-video pre-check in Chromium, fed the real few-KB video files made by ffmpeg
 * (scripts/make-video-fixtures.sh) and a hostile one made in memory: each gets its Chinese
 * verdict, none an exception.
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
  it('answers each real file in Chinese, without errors', async ({ openPage }) => {
    const { page, errors } = await openPage(WIDTHS.phone);
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
  });

  it('takes its limits from the content data, not from the script', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    const limits = JSON.parse((await page.locator('[data-precheck]').getAttribute('data-limits')) ?? '');
    expect(limits).toEqual({
      formats: ['MP4'],
      maxDurationSeconds: 180,
      maxSizeBytes: 50_000_000,
      maxSizeMB: 50,
      manual: ['画面清晰', '声音清楚', '重点内容配字幕'],
    });
  });

  it('applies whatever limits the page carries: a 1-second limit fails the 2-second file', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
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
  });

  it('says the size rule it applies (1 MB = 1,000,000 bytes) and that nothing is uploaded', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    const text = await page.locator('[data-precheck]').innerText();
    expect(text).toContain('1 MB = 1,000,000 字节');
    expect(text).toContain('50MB 即 50,000,000 字节');
    expect(text).toContain('不会上传');
  });

  it('uploads nothing and works offline: reading files makes no request', async ({ openPage }) => {
    const { context, page } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await check(page, 'valid.mp4');
    await check(page, 'mov-renamed.mp4');
    expect(requests).toEqual([]);
  });

  it('with JavaScript off, the page says what the check needs, and shows no dead control', async ({ openPage }) => {
    const { page } = await openPage(WIDTHS.phone, false);
    await page.goto(siteUrl('subprojects/micro-video/'));
    expect(await page.locator('[data-precheck-ui]').isVisible()).toBe(false);
    expect(await page.locator('[data-precheck]').innerText()).toContain('文件自查需要浏览器开启 JavaScript');
    // The WeChat name stays readable and selectable; the copy button needs the script.
    expect(await page.getByText('津工E家', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.locator('button[data-copy]').isVisible()).toBe(false);
  });

  it('the copy button copies the WeChat account name', async ({ openPage }) => {
    const { context, page } = await openPage(WIDTHS.phone);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(siteUrl('subprojects/micro-video/'));
    const button = page.locator('button[data-copy="津工E家"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').innerText()).toContain('已复制“津工E家”');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('津工E家');
  });

  it('calls a storm of 10,000 boxes damaged in under 2 s, with the CPU slowed to a phone’s', async ({ openPage }) => {
    const { context, page, errors } = await openPage(WIDTHS.phone);
    await page.goto(siteUrl('subprojects/micro-video/'));
    // The reader is fetched once the page is idle, as on a phone that opened the page a moment ago.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /mp4probe/.test(e.name)));
    // Lighthouse's mobile setting: a quarter of this machine's speed.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Timed in the page, from the file's arrival (the change event) to the verdict on screen.
    await page.evaluate(() => {
      const out = document.querySelector('[data-precheck-result]')!;
      const times = ((window as unknown as { precheckTimes: number[] }).precheckTimes = [] as number[]);
      document.querySelector('#precheck-file')!.addEventListener('change', () => times.push(performance.now()), { capture: true });
      new MutationObserver(() => {
        if (out.querySelector('[data-verdict]') && times.length === 1) times.push(performance.now());
      }).observe(out, { childList: true, subtree: true });
    });
    await page.setInputFiles('#precheck-file', { name: 'storm.mp4', mimeType: 'video/mp4', buffer: Buffer.from(boxStorm(10_000)) });
    const result = page.locator('[data-precheck-result] [data-verdict]');
    await result.waitFor({ timeout: 15_000 });
    const [changed, shown] = await page.evaluate(() => (window as unknown as { precheckTimes: number[] }).precheckTimes);
    expect(shown! - changed!).toBeLessThan(2000);
    expect(await result.getAttribute('data-verdict')).toBe('fail');
    const text = await result.innerText();
    expect(text).toContain('文件已损坏');
    expect(text).not.toContain('不是 MP4');
    expect(text).not.toContain('超时');
    expect(errors).toEqual([]);
  });
});
