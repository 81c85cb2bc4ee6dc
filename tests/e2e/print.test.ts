import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { GBT9704 } from '../../src/lib/print/document';
import { it, siteUrl, WIDTHS } from './browser';
import { bboxLines, layoutPages, pdfInfo, rasterPage, type PdfLine } from './pdf';
import { distFiles } from './site';

/**
 * Each notice printed to PDF by Chromium (with fonts-noto-cjk) and read back with poppler-utils:
 * every allocation row whole on one printed line, each total once, A4, the text block of
 * GB/T 9704-2012 (28 characters a line, 22 lines a page, within one), page numbers, the red
 * letterhead and line, attachments on new pages, the signature kept with text, the 版记.
 */

const PT_PER_MM = 72 / 25.4;
const LEFT = GBT9704.margin.left * PT_PER_MM;
const RIGHT = LEFT + GBT9704.block.width * PT_PER_MM;
const TOP = GBT9704.margin.top * PT_PER_MM;
const BOTTOM = TOP + GBT9704.block.height * PT_PER_MM;
const CENTRE = (LEFT + RIGHT) / 2;

const notices = distFiles()
  .map((f) => /^notices\/([^/]+)\/index\.html$/.exec(f)?.[1])
  .filter((id): id is string => id !== undefined);

const dir = mkdtempSync(join(tmpdir(), 'portal-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Cells printed left to right on one line, any spacing between them. */
const rowPattern = (cells: string[]) => new RegExp(`(^|\\s)${cells.filter((c) => c !== '').map((c) => escape(c).replace(/ /g, '\\s*')).join('\\s+')}(\\s|$)`);

/** CJK characters and full-width punctuation only: a line of these shows how many cells a line holds. */
const FULL_WIDTH = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]+$/u;

const mode = (xs: number[]) => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Red, also at a glyph's anti-aliased edge; black and grey ink are not. */
const isRed = ([r, g, b]: [number, number, number]) => r - Math.max(g, b) > 50;
const isInk = ([r, g, b]: [number, number, number]) => 765 - r - g - b > 90;

interface Measured {
  id: string;
  rows: number;
  rowsWhole: number;
  charsPerLine: number | undefined;
  fullLines: number;
  linesPerPage: number;
  fullPages: number[];
}
const measured: Measured[] = [];

describe('notices on paper (GB/T 9704-2012)', () => {
  it('has notices to print', () => {
    expect(notices.length).toBeGreaterThan(0);
  });

  for (const id of notices) {
    it(`prints /notices/${id}/ like the official document`, { timeout: 120_000 }, async ({ openPage }) => {
      const { page } = await openPage(WIDTHS.desktop);
      await page.goto(siteUrl(`notices/${id}/`));
      // What the page says, to find in the PDF: tables (without the site's own notes), letterhead, signature.
      const dom = await page.evaluate(() => {
        const text = (el: Element | null) => {
          if (!el) return '';
          const copy = el.cloneNode(true) as Element;
          copy.querySelectorAll('.site-note, .sr-only, [aria-hidden="true"]').forEach((n) => n.remove());
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        };
        const cells = (tr: Element) => [...tr.children].map(text);
        return {
          tables: [...document.querySelectorAll('.document table')].map((t) => ({
            head: [...t.querySelectorAll('thead th')].map(text),
            rows: [...t.querySelectorAll('tbody tr')].map(cells),
            total: [...t.querySelectorAll('tfoot tr')].map(cells)[0] ?? [],
          })),
          letterhead: [...document.querySelectorAll('.letterhead-names > span')].map(text),
          docNumber: text(document.querySelector('.letterhead-number')),
          title: text(document.querySelector('#notice-title')),
          attachments: [...document.querySelectorAll('.attachment-label')].map(text),
          signatories: [...document.querySelectorAll('.signature p')].map(text),
          imprint: document.querySelector('.printed-line') ? [...document.querySelectorAll('.printed-line > span')].map(text) : null,
        };
      });
      await page.emulateMedia({ media: 'print' });
      const file = join(dir, `${id}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });

      // A4, as pdfinfo reads it.
      const info = pdfInfo(file);
      expect(info.sizeName).toBe('A4');
      expect(Math.abs(info.width - GBT9704.page.width * PT_PER_MM)).toBeLessThan(1);
      expect(Math.abs(info.height - GBT9704.page.height * PT_PER_MM)).toBeLessThan(1);

      const pages = layoutPages(file);
      expect(pages).toHaveLength(info.pages);
      const pageLines = pages.map((p) => p.split('\n').map(collapse));
      const lines = bboxLines(file);

      // Every row whole: its number, name and every figure on one printed line.
      let rowsWhole = 0;
      const broken: string[] = [];
      for (const table of dom.tables) {
        const rowPages = new Set<number>();
        for (const row of table.rows) {
          const pattern = rowPattern(row);
          const at = pageLines.findIndex((ls) => ls.some((l) => pattern.test(l)));
          if (at >= 0) {
            rowsWhole++;
            rowPages.add(at);
          } else broken.push(row.join(' | '));
        }
        // The total once, after the last row, never repeated at a page break.
        const totalPattern = rowPattern(table.total);
        const totals = pageLines.flatMap((ls, p) => ls.filter((l) => totalPattern.test(l)).map(() => p));
        expect(totals, `${id}：合计行 ${table.total.join(' ')} 应只印一次`).toHaveLength(1);
        expect(totals[0]).toBeGreaterThanOrEqual(Math.max(...rowPages));
        expect(pageLines.flat().filter((l) => /^合计(\s|$)/.test(l) || /\s合计(\s|$)/.test(l))).toHaveLength(1);
        // The header on every page the table runs over.
        const headPattern = rowPattern(table.head.slice(0, 2));
        for (const p of rowPages) expect(pageLines[p]!.some((l) => headPattern.test(l)), `${id}：第 ${p + 1} 页的表头`).toBe(true);
      }
      expect(broken, `${id}：没有完整印在一行上的行`).toEqual([]);

      // The text block: body lines are the 3号 lines inside it (the line height that carries the most characters).
      const inBlock = lines.filter((l) => l.yMin >= TOP - 20 && l.yMax <= BOTTOM + 20);
      const bodyHeight = mode(inBlock.flatMap((l) => [...l.text.replace(/ /g, '')].map(() => round1(l.yMax - l.yMin))))!;
      const body = inBlock.filter((l) => Math.abs(l.yMax - l.yMin - bodyHeight) < 0.2);
      expect(body.length).toBeGreaterThan(10);
      // Binding margin 28 mm: the left edge of unindented body lines; nothing beyond the block's right edge.
      const leftEdge = mode(body.map((l) => round1(l.xMin)))!;
      expect(Math.abs(leftEdge - LEFT) / PT_PER_MM, '订口 (mm)').toBeLessThan(1);
      expect(Math.max(...body.map((l) => l.xMax)), '版心右边').toBeLessThan(RIGHT + PT_PER_MM);

      // Characters a line: full lines of CJK text and full-width punctuation, counted.
      const full = body.filter((l) => Math.abs(l.xMin - leftEdge) < 1 && l.xMax > RIGHT - 8 && FULL_WIDTH.test(l.text.replace(/ /g, '')));
      const counts = full.map((l) => [...l.text.replace(/ /g, '')].length);
      const charsPerLine = mode(counts);
      if (full.length > 0) {
        expect(Math.abs(charsPerLine! - GBT9704.charsPerLine), `${id}：每行字数 ${counts.join(',')}`).toBeLessThanOrEqual(1);
        expect(Math.max(...counts)).toBeLessThanOrEqual(GBT9704.charsPerLine + 1);
      }

      // Lines a page: the line pitch of body text, and the lines of every page the body text fills.
      const pitches: number[] = [];
      const byPage = new Map<number, PdfLine[]>();
      for (const l of body) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
      for (const ls of byPage.values())
        for (let i = 1; i < ls.length; i++) {
          const d = ls[i]!.yMin - ls[i - 1]!.yMin;
          if (d > 0 && d < 2 * bodyHeight) pitches.push(d);
        }
      // PDF coordinates come rounded, so consecutive lines are 28.5 or 29.25 pt apart: the mean of the pitches near the median.
      const near = pitches.filter((d) => Math.abs(d - median(pitches)) < 0.1 * median(pitches));
      const pitch = near.reduce((a, b) => a + b, 0) / near.length;
      const linesPerPage = Math.floor((BOTTOM - TOP) / pitch + 0.05);
      expect(Math.abs(linesPerPage - GBT9704.linesPerPage), `${id}：行距 ${pitch.toFixed(2)} pt`).toBeLessThanOrEqual(1);
      // A page of body text from the block's first line to its last, every line on the grid (blank
      // lines count: they are lines of the grid): how many lines it holds.
      const fullPages: number[] = [];
      const centre = (l: PdfLine) => (l.yMin + l.yMax) / 2;
      for (const [p, ls] of byPage) {
        const others = inBlock.filter((l) => l.page === p && !ls.includes(l));
        const [first, last] = [ls[0]!, ls.at(-1)!];
        if (others.length > 0 || centre(first) > TOP + pitch || centre(last) < BOTTOM - pitch) continue;
        const slots = ls.map((l) => (centre(l) - centre(first)) / pitch);
        expect(slots.every((k) => Math.abs(k - Math.round(k)) < 0.15), `${id}：第 ${p} 页的行不在行格上`).toBe(true);
        fullPages.push(Math.round(slots.at(-1)!) + 1);
      }
      for (const n of fullPages) expect(Math.abs(n - GBT9704.linesPerPage), `${id}：整页行数`).toBeLessThanOrEqual(1);

      // Page numbers “— n —” under the text block: odd pages right, even pages left.
      for (let p = 1; p <= info.pages; p++) {
        const number = lines.find((l) => l.page === p && new RegExp(`^—\\s*${p}\\s*—$`).test(l.text));
        expect(number, `${id}：第 ${p} 页页码`).toBeDefined();
        expect(number!.yMin).toBeGreaterThan(BOTTOM);
        if (p % 2 === 1) expect(number!.xMin).toBeGreaterThan(CENTRE);
        else expect(number!.xMax).toBeLessThan(CENTRE);
      }

      // The letterhead: on page 1, each issuer's name on one line, drawn in red; the red line under the 发文字号.
      const raster = rasterPage(file, 1);
      // As wide as the text block allows: the widest name (with 文件 beside a joint letterhead) spans most of it.
      const marks = dom.letterhead.map((name) => lines.find((l) => l.page === 1 && l.text.replace(/ /g, '').includes(name)));
      const widest = Math.max(...marks.map((l) => (l ? l.xMax - l.xMin : 0)));
      expect(widest / (RIGHT - LEFT), `${id}：发文机关标志的宽度`).toBeGreaterThan(0.8);
      for (const name of dom.letterhead) {
        const line = lines.find((l) => l.page === 1 && l.text.replace(/ /g, '').includes(name));
        expect(line, `${id}：发文机关标志“${name}”在一行上`).toBeDefined();
        let ink = 0;
        let red = 0;
        for (let y = line!.yMin; y < line!.yMax; y += 0.5)
          for (let x = line!.xMin; x < line!.xMax; x += 0.5) {
            const c = raster.rgb(x, y);
            if (isInk(c)) {
              ink++;
              if (isRed(c)) red++;
            }
          }
        expect(ink).toBeGreaterThan(100);
        expect(red / ink, `${id}：“${name}”的红色比例`).toBeGreaterThan(0.8);
      }
      const numberLine = lines.find((l) => l.page === 1 && l.text.replace(/ /g, '') === dom.docNumber.replace(/ /g, ''));
      expect(numberLine, `${id}：发文字号`).toBeDefined();
      const titleLine = lines.find((l) => l.page === 1 && l.yMin > numberLine!.yMax && dom.title.replace(/ /g, '').startsWith(l.text.replace(/ /g, '')));
      expect(titleLine, `${id}：标题`).toBeDefined();
      let ruleRows = 0;
      for (let y = numberLine!.yMax - 10; y < titleLine!.yMin; y += 0.25) {
        let run = 0;
        for (let x = LEFT; x <= RIGHT; x += 1) if (isRed(raster.rgb(x, y))) run++;
        if (run >= 0.95 * (RIGHT - LEFT)) ruleRows++;
      }
      expect(ruleRows, `${id}：发文字号下的红色分隔线`).toBeGreaterThan(0);

      // Attachments start a page: “附件N” is the first line of its page.
      for (const label of dom.attachments) {
        const line = lines.find((l) => l.text.replace(/ /g, '') === label.replace(/ /g, ''));
        expect(line, `${id}：${label}`).toBeDefined();
        const firstOnPage = lines.filter((l) => l.page === line!.page).sort((a, b) => a.yMin - b.yMin)[0];
        expect(firstOnPage).toBe(line);
      }

      // The signature never starts a page: text of the notice stands above the signatories and the date.
      const squash = (s: string) => s.replace(/ /g, '');
      const date = lines.find((l) => squash(l.text) === squash(dom.signatories.at(-1) ?? ''));
      expect(date, `${id}：成文日期`).toBeDefined();
      const above = body.filter((l) => l.page === date!.page && l.yMax <= date!.yMin && !dom.signatories.some((s) => squash(s) === squash(l.text)));
      expect(above.length, `${id}：落款上方的正文`).toBeGreaterThan(0);

      // 版记 at the foot of the last page, between rules as wide as the text block.
      if (dom.imprint) {
        // 印发机关 on the left, 印发日期 on the right of one line of the last page, at the foot of the block.
        const parts = dom.imprint.map((part) => lines.find((l) => l.text.replace(/ /g, '') === part.replace(/ /g, '')));
        expect(parts.every(Boolean), `${id}：版记“${dom.imprint.join(' ')}”`).toBe(true);
        const [organ, date] = parts as [PdfLine, PdfLine];
        expect([organ.page, date.page]).toEqual([info.pages, info.pages]);
        expect(Math.abs(organ.yMin - date.yMin)).toBeLessThan(1);
        expect(organ.xMin - LEFT).toBeLessThan(2 * GBT9704.smallPt);
        expect(RIGHT - date.xMax).toBeLessThan(2 * GBT9704.smallPt);
        expect(BOTTOM - organ.yMax).toBeLessThan(2 * pitch);
        const imprint = organ;
        const last = rasterPage(file, info.pages);
        const dark = (y: number) => {
          let run = 0;
          for (let x = LEFT; x <= RIGHT; x += 1) if (Math.max(...last.rgb(x, y)) < 120) run++;
          return run >= 0.95 * (RIGHT - LEFT);
        };
        const rules: number[] = [];
        for (let y = imprint!.yMin - pitch; y < BOTTOM + 3; y += 0.25) if (dark(y)) rules.push(y);
        expect(rules.some((y) => y < (imprint!.yMin + imprint!.yMax) / 2)).toBe(true);
        expect(rules.some((y) => y > (imprint!.yMin + imprint!.yMax) / 2)).toBe(true);
      }

      const rows = dom.tables.reduce((n, t) => n + t.rows.length, 0);
      measured.push({ id, rows, rowsWhole, charsPerLine, fullLines: full.length, linesPerPage, fullPages });
      console.log(
        `${id}: ${info.pages} 页 A4；表格行完整 ${rowsWhole}/${rows}；每行 ${charsPerLine ?? '—'} 字（${full.length} 个整行）；` +
          `行距 ${pitch.toFixed(2)} pt → 每页 ${linesPerPage} 行；整页行数 ${fullPages.join(',') || '—'}`,
      );
    });
  }

  it('measured every notice: all rows whole, characters a line found, a page of body text full', () => {
    expect(measured.map((m) => m.id)).toEqual(notices);
    const rows = measured.reduce((n, m) => n + m.rows, 0);
    const whole = measured.reduce((n, m) => n + m.rowsWhole, 0);
    console.log(`表格行完整：${whole}/${rows}`);
    expect(whole).toBe(rows);
    expect(rows).toBeGreaterThan(0);
    expect(measured.every((m) => m.fullLines > 0)).toBe(true);
    expect(measured.some((m) => m.fullPages.length > 0)).toBe(true);
  });
});
