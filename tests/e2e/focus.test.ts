import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it, siteUrl, WIDTHS } from './browser';
import { commonest, contrast, decodePng, hex, type Rgb } from './png';
import { pagePaths } from './site';

/**
 * The focus ring, measured in pixels beyond what axe checks: on one page of each type, Tab
 * through the page; for each element that takes focus, screenshot it and compare the ring's
 * colour with the pixels next to it on both sides (the gap between ring and element, and what
 * lies outside): 3:1 at least (WCAG 2.2, 1.4.11 and 2.4.7/2.4.11), on every background — the
 * red header, the dark navigation bar, cards, buttons, tables, the page.
 */

/** One page of each type: the first page of each top-level section at each depth. */
function pageTypes(): string[] {
  const seen = new Map<string, string>();
  for (const p of pagePaths()) {
    const parts = p.split('/').filter(Boolean);
    const key = `${parts[0] ?? ''}/${parts.length}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/** At most this many Tab stops a page: the header and navigation, and the page's first controls. */
const TABS_PER_PAGE = 40;
const SCALE = 2;

interface Focused {
  key: string;
  label: string;
  context: string;
  /** Border boxes of the element's fragments, CSS px, in the viewport. */
  rects: { left: number; top: number; right: number; bottom: number }[];
  offset: number;
  width: number;
  radius: number;
  /** Where an ancestor clips the ring, CSS px. */
  clip: { left: number; top: number; right: number; bottom: number };
}

const focused = (page: Page) =>
  page.evaluate((): Focused | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const all = [...document.querySelectorAll('*')];
    const context = el.closest('nav[aria-label="主导航"]')
      ? 'nav'
      : el.closest('body > header')
        ? 'header'
        : el.matches('button, input[type="submit"], input[type="button"], [class*="bg-brand"]')
          ? 'button'
          : el.closest('.table-scroll') || el.matches('.table-scroll')
            ? 'table'
            : el.closest('.card, .poster')
              ? 'card'
              : 'page';
    let clip = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a);
      if (o.overflowX !== 'visible' || o.overflowY !== 'visible') {
        const r = a.getBoundingClientRect();
        clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
      }
    }
    return {
      key: `${el.tagName}#${all.indexOf(el)}`,
      label: `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)}”`,
      context,
      rects: [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
      offset: parseFloat(s.outlineOffset) || 0,
      width: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth) || 0,
      radius: parseFloat(s.borderTopLeftRadius) || 0,
      clip,
    };
  });

interface Measurement {
  ring: Rgb;
  inside: Rgb;
  outside: Rgb;
  beyond: Rgb;
  /** The ring against the pixels on either side of it. */
  adjacent: number;
  /** The indicator (ring or its outer edge) against what lies beyond it. */
  surround: number;
}

/** Screenshot around the focused element and read the ring and its neighbours along straight edges. */
async function measure(page: Page, f: Focused): Promise<Measurement | null> {
  const [first, last] = [f.rects[0]!, f.rects.at(-1)!];
  const m = f.offset + f.width + 8;
  const box = {
    left: Math.min(...f.rects.map((r) => r.left)) - m,
    top: first.top - m,
    right: Math.max(...f.rects.map((r) => r.right)) + m,
    bottom: last.bottom + m,
  };
  const view = { left: Math.max(0, box.left), top: Math.max(0, box.top), right: Math.min(page.viewportSize()!.width, box.right), bottom: Math.min(page.viewportSize()!.height, box.bottom) };
  if (view.right - view.left < 4 || view.bottom - view.top < 4) return null;
  const png = decodePng(await page.screenshot({ clip: { x: view.left, y: view.top, width: view.right - view.left, height: view.bottom - view.top } }));
  const inClip = (x: number, y: number) => x >= f.clip.left && x <= f.clip.right && y >= f.clip.top && y <= f.clip.bottom && x >= view.left && x < view.right && y >= view.top && y < view.bottom;
  const px = (x: number, y: number): Rgb | null => (inClip(x, y) ? png.rgb((x - view.left) * SCALE, (y - view.top) * SCALE) : null);

  // Distances out from the border box: middle of the gap, of the ring, just outside it, and beyond (past any halo).
  const d = { inside: f.offset > 0 ? f.offset / 2 : -1, ring: f.offset + f.width / 2, outside: f.offset + f.width + 1, beyond: f.offset + f.width + 5 };
  const samples: Record<keyof typeof d, Rgb[]> = { inside: [], ring: [], outside: [], beyond: [] };
  const inset = f.radius + f.offset + f.width + 2;
  const sideSamples = (edge: 'top' | 'bottom' | 'left' | 'right', r: (typeof f.rects)[number]) => {
    const horizontal = edge === 'top' || edge === 'bottom';
    const from = (horizontal ? r.left : r.top) + inset;
    const to = (horizontal ? r.right : r.bottom) - inset;
    for (let t = from; t <= to; t += 0.5)
      for (const k of Object.keys(d) as (keyof typeof d)[]) {
        const dist = d[k];
        const [x, y] =
          edge === 'top' ? [t, r.top - dist] : edge === 'bottom' ? [t, r.bottom + dist] : edge === 'left' ? [r.left - dist, t] : [r.right + dist, t];
        const c = px(x, y);
        if (c) samples[k].push(c);
      }
  };
  if (f.rects.length === 1) for (const e of ['top', 'bottom', 'left', 'right'] as const) sideSamples(e, first);
  else {
    sideSamples('top', first);
    sideSamples('bottom', last);
  }
  if (Object.values(samples).some((s) => s.length < 4)) return null;
  const ring = commonest(samples.ring);
  const inside = commonest(samples.inside);
  const outside = commonest(samples.outside);
  const beyond = commonest(samples.beyond);
  return {
    ring,
    inside,
    outside,
    beyond,
    adjacent: Math.min(contrast(ring, inside), contrast(ring, outside)),
    surround: Math.max(contrast(ring, beyond), contrast(outside, beyond)),
  };
}

describe('focus indicators', () => {
  const paths = pageTypes();
  const worst = new Map<string, { value: number; where: string; colours: string }>();

  for (const path of paths) {
    it(`tabs through ${path}: the ring is 3:1 against what is next to it`, { timeout: 120_000 }, async ({ browser }) => {
      const context = await browser.newContext({ viewport: WIDTHS.desktop, deviceScaleFactor: SCALE, locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        await page.goto(siteUrl(path));
        const problems: string[] = [];
        const seen = new Set<string>();
        let measured = 0;
        for (let i = 0; i < TABS_PER_PAGE; i++) {
          await page.keyboard.press('Tab');
          const f = await focused(page);
          if (!f || seen.has(f.key)) break;
          seen.add(f.key);
          if (f.rects.length === 0) continue;
          if (f.width < 2) {
            problems.push(`${f.label}：没有焦点框（outline ${f.width}px）`);
            continue;
          }
          const m = await measure(page, f);
          if (!m) continue;
          measured++;
          const colours = `框 ${hex(m.ring)}，内侧 ${hex(m.inside)}，外侧 ${hex(m.outside)}，再外 ${hex(m.beyond)}`;
          const w = worst.get(f.context);
          if (!w || m.adjacent < w.value) worst.set(f.context, { value: m.adjacent, where: `${path} ${f.label}`, colours });
          if (m.adjacent < 3) problems.push(`${f.label}（${f.context}）：焦点框与相邻像素对比度 ${m.adjacent.toFixed(2)}:1（${colours}）`);
          if (m.surround < 3) problems.push(`${f.label}（${f.context}）：焦点框与周围背景对比度 ${m.surround.toFixed(2)}:1（${colours}）`);
        }
        expect(problems).toEqual([]);
        expect(measured).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  }

  it('measured the ring on every kind of background: header, navigation bar, buttons, cards, tables, page', () => {
    for (const [ctx, w] of [...worst].sort()) console.log(`${ctx}: 最低 ${w.value.toFixed(2)}:1 — ${w.where}（${w.colours}）`);
    expect([...worst.keys()].sort()).toEqual(expect.arrayContaining(['button', 'card', 'header', 'nav', 'page']));
  });
});
