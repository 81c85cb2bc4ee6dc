import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, siteUrl, WIDTHS } from './browser';
import { commonest, contrast, decodePng, hex, luminance, type Rgb } from './png';
import { pagePaths, readPage } from './site';

/**
 * A progress chart with the browser's text size doubled (the user's setting, as Page.setFontSizes
 * sets it) and under forced dark (Chromium's WebContentsForceDark, the darkening Android WebView
 * applies in some in-app browsers): its labels grow with the text, and stay 4.5:1 against what
 * is behind them.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (NAMED[e] ?? m),
  );

/** The chart with the longest bar label the build has (the hardest to fit), and its page. */
function hardestChart(): { path: string; index: number; label: string } | undefined {
  let best: { path: string; index: number; label: string } | undefined;
  for (const path of pagePaths()) {
    const html = readPage(path);
    [...html.matchAll(/data-progress-chart="([^"]*)"/g)].forEach((m, index) => {
      const payload = JSON.parse(decodeEntities(m[1] ?? '{}')) as { labels: string[] };
      for (const label of payload.labels) if (!best || [...label].length > [...best.label].length) best = { path, index, label };
    });
  }
  return best;
}
const chart = hardestChart();

interface Drawn {
  text: string;
  px: number;
  /** Ink box of the text on the page, CSS px. */
  box: { x: number; y: number; width: number; height: number };
}

/** Opens the page with the text size given, draws its first chart, and returns every text the chart drew. */
async function drawChart(
  browser: Browser,
  textPx: number,
): Promise<{ page: Page; drawn: Drawn[]; bodyPx: number; canvas: { left: number; right: number; height: number }; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: WIDTHS.phone, locale: 'zh-CN' });
  const page = await context.newPage();
  // Every fillText on a canvas, with its font and ink box, in the canvas's own pixels.
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { __chartText: unknown[] }).__chartText = calls;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      const m = this.measureText(String(text));
      const t = this.getTransform();
      const corners = [
        [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent],
        [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent],
      ].map(([a, b]) => [t.a * a! + t.c * b! + t.e, t.b * a! + t.d * b! + t.f]);
      calls.push({ canvas: this.canvas, text: String(text), font: this.font, corners });
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: textPx, fixed: Math.round(textPx * 0.8125) } });
  await page.goto(siteUrl(chart!.path));
  const box = page.locator('[data-progress-chart]').nth(chart!.index);
  await box.scrollIntoViewIfNeeded();
  await box.locator('canvas').waitFor();
  await page.evaluate((i) => document.querySelectorAll('[data-progress-chart]')[i]!.scrollIntoView({ block: 'start' }), chart!.index);
  await page.waitForTimeout(200);
  const r = await page.evaluate((i) => {
    const canvas = document.querySelectorAll('[data-progress-chart]')[i]!.querySelector('canvas')!;
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const calls = (window as unknown as { __chartText: { canvas: HTMLCanvasElement; text: string; font: string; corners: [[number, number], [number, number]] }[] }).__chartText;
    return {
      bodyPx: parseFloat(getComputedStyle(document.body).fontSize),
      canvas: { left: rect.left, right: rect.right, height: rect.height },
      drawn: calls
        .filter((c) => c.canvas === canvas && c.text.trim() !== '')
        .map((c) => {
          const [[x1, y1], [x2, y2]] = c.corners;
          return {
            text: c.text,
            px: parseFloat(/(\d+(?:\.\d+)?)px/.exec(c.font)?.[1] ?? '0'),
            // y from the top of the page, not of the window: a tall chart runs past the window.
            box: { x: rect.left + Math.min(x1, x2) / scale, y: window.scrollY + rect.top + Math.min(y1, y2) / scale, width: Math.abs(x2 - x1) / scale, height: Math.abs(y2 - y1) / scale },
          };
        }),
    };
  }, chart!.index);
  return { page, ...r, close: () => context.close() };
}

/** The text's colour (the ink pixel most unlike the background) and the background just around it. */
async function textContrast(page: Page, d: Drawn): Promise<{ ratio: number; ink: Rgb; ground: Rgb }> {
  const pad = 4;
  const scrollY = await page.evaluate((y) => {
    window.scrollTo(0, Math.max(0, y - 200));
    return window.scrollY;
  }, d.box.y);
  const clip = { x: Math.max(0, d.box.x - pad), y: Math.max(0, d.box.y - scrollY - pad), width: d.box.width + 2 * pad, height: d.box.height + 2 * pad };
  const px = decodePng(await page.screenshot({ clip }));
  const around: Rgb[] = [];
  for (let x = 0; x < px.width; x++) around.push(px.rgb(x, 0), px.rgb(x, 1), px.rgb(x, px.height - 1), px.rgb(x, px.height - 2));
  for (let y = 0; y < px.height; y++) around.push(px.rgb(0, y), px.rgb(1, y), px.rgb(px.width - 1, y), px.rgb(px.width - 2, y));
  const ground = commonest(around);
  let ink = ground;
  for (let y = pad; y < px.height - pad; y++)
    for (let x = pad; x < px.width - pad; x++) {
      const c = px.rgb(x, y);
      if (contrast(c, ground) > contrast(ink, ground)) ink = c;
    }
  return { ratio: contrast(ink, ground), ink, ground };
}

describe('charts at 200% text and in forced dark', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`没有找到 Chromium（${CHROMIUM}）。运行 bash scripts/ensure-browser.sh 安装。`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--force-dark-mode', '--enable-features=WebContentsForceDark'] });
  });
  afterAll(async () => browser?.close());

  it('finds a page with a chart', () => {
    expect(chart).toBeDefined();
  });

  it('draws labels twice as large when the text is doubled, and readable on the darkened page', { timeout: 120_000 }, async () => {
    const normal = await drawChart(browser, 16);
    const doubled = await drawChart(browser, 32);
    try {
      expect(normal.bodyPx).toBe(16);
      expect(doubled.bodyPx).toBe(32);
      // Forced dark is on: the page behind the chart is dark.
      const pageGround = decodePng(await doubled.page.screenshot({ clip: { x: 0, y: 0, width: 4, height: 4 } })).rgb(1, 1);
      expect(luminance(pageGround), `页面背景 ${hex(pageGround)}`).toBeLessThan(0.1);

      expect(normal.drawn.length).toBeGreaterThan(0);
      // Every label and title is still drawn, whole (a long one over two lines; with larger text,
      // fewer figures fit on the axis), and inside the canvas.
      const words = (run: typeof normal) => run.drawn.map((d) => d.text).filter((t) => /\p{Script=Han}/u.test(t)).join('');
      expect(words(normal)).toContain(chart!.label);
      expect(words(doubled)).toBe(words(normal));
      for (const run of [normal, doubled])
        for (const d of run.drawn) {
          expect(d.box.x, `“${d.text}”超出图表左边`).toBeGreaterThanOrEqual(run.canvas.left - 0.5);
          expect(d.box.x + d.box.width, `“${d.text}”超出图表右边`).toBeLessThanOrEqual(run.canvas.right + 0.5);
        }
      const base = Math.min(...normal.drawn.map((d) => d.px));
      const sizes = doubled.drawn.map((d) => ({ text: d.text, px: d.px, ink: d.box.height }));
      for (const s of sizes) {
        expect(s.px / base, `“${s.text}”：${s.px}px`).toBeGreaterThanOrEqual(1.9);
        expect(s.px, `“${s.text}”`).toBeGreaterThanOrEqual(24);
      }
      expect(doubled.canvas.height / normal.canvas.height).toBeGreaterThan(1.8);

      const ratios: number[] = [];
      const low: string[] = [];
      for (const run of [normal, doubled])
        for (const d of run.drawn) {
          const c = await textContrast(run.page, d);
          ratios.push(c.ratio);
          if (c.ratio < 4.5) low.push(`“${d.text}”：${hex(c.ink)} / ${hex(c.ground)} = ${c.ratio.toFixed(2)}:1`);
        }
      const labels = sizes.filter((s) => /\p{Script=Han}/u.test(s.text));
      console.log(
        `${chart!.path} 图表 ${chart!.index + 1}（最长标签“${chart!.label}”）：文字 ${doubled.drawn.length} 处；` +
          `200% 字号时标签 ${Math.min(...labels.map((s) => s.px))}–${Math.max(...labels.map((s) => s.px))}px（默认 ${base}px），` +
          `字形高 ${Math.min(...labels.map((s) => s.ink)).toFixed(1)}px；强制深色下对比度最低 ${Math.min(...ratios).toFixed(2)}:1`,
      );
      expect(low).toEqual([]);
    } finally {
      await normal.close();
      await doubled.close();
    }
  });
});
