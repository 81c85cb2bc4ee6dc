import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { GBT9704, LETTERHEAD_MM } from '../../src/lib/print/document';
import { it, siteUrl, WIDTHS } from './browser';
import { bboxLines, layoutPages, pdfInfo, rasterPage, type PdfLine } from './pdf';
import { distFiles } from './site';

/**
 * Each notice printed to PDF by Chromium (with fonts-noto-cjk) and read back with poppler-utils:
 * every allocation row whole on one printed line, each total once, A4, the text block of
 * GB/T 9704-2012 (28 characters a line, 22 lines a page, within one; nothing past its edges), page
 * numbers, the red letterhead and line, attachments on new pages, the signature kept with text, the
 * 版记. The test site's notices named test-… are made for it: lines that end in each kind of closing
 * punctuation at the right edge, a notice of one page, a notice of many.
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

/**
 * Punctuation that ends a line and never starts one (GB/T 15834 点号 and the closing half of 标号),
 * full-width or the curly quotes Chinese text uses.
 */
const CLOSING = '”’」』）》〕】。，、：；！？';
/**
 * Closing brackets and quotes: at a line end where the full width would not fit, Chromium sets one
 * half-width (text-spacing-trim: normal) rather than push a character down with it. Its glyph keeps
 * its em box, so the PDF's text box runs half an em past the line end; that half is blank (the ink of
 * a closing bracket or quote is in the first half).
 */
const HALF_AT_END = '”’」』）》〕】';

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
  /** The closing punctuation that ends a line at the right edge, one per such line. */
  lineEnds: string[];
  /** Lines whose last mark Chromium set half-width at the right edge (its text box runs past the edge, its ink does not). */
  halfWidthEnds: number;
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
          letterheadChars: Number(document.querySelector('.letterhead')?.getAttribute('data-chars')),
          letterheadSuffix: document.querySelector('.letterhead-suffix') !== null,
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

      // The text block: body lines are the 3号 lines inside it, as tall as the 成文日期's, which every
      // notice prints in the body face. (Not the height that carries the most characters: on the first
      // page of a short notice the letterhead and the title may carry more.)
      const squash = (s: string) => s.replace(/ /g, '');
      const inBlock = lines.filter((l) => l.yMin >= TOP - 20 && l.yMax <= BOTTOM + 20);
      const date = inBlock.filter((l) => squash(l.text) === squash(dom.signatories.at(-1) ?? '')).at(-1);
      expect(date, `${id}：成文日期`).toBeDefined();
      const bodyHeight = round1(date!.yMax - date!.yMin);
      const body = inBlock.filter((l) => Math.abs(l.yMax - l.yMin - bodyHeight) < 0.2);
      // Binding margin 28 mm: where unindented body lines start (the 主送机关, each line of a paragraph
      // after its first, 附件N), the leftmost start of a body line. Not the most common start: in a
      // short notice the indented lines (first lines, 联系人, 附件说明) outnumber the unindented ones.
      const leftEdge = Math.min(...body.map((l) => round1(l.xMin)));
      expect(Math.abs(leftEdge - LEFT) / PT_PER_MM, '订口 (mm)').toBeLessThan(1);
      // Nothing past the block's right edge (GB/T 9704 allows 1 mm; Chromium would cut it off, as it
      // clips to the page area). A line ends where its last glyph's box ends, or half an em before
      // for a closing bracket or quote set half-width there, whose box runs past the edge, blank.
      const lastMark = (l: PdfLine) => squash(l.text).at(-1) ?? '';
      const setHalf = (l: PdfLine) => HALF_AT_END.includes(lastMark(l)) && l.xMax > RIGHT + PT_PER_MM;
      const lineEnd = (l: PdfLine) => (setHalf(l) ? l.xMax - GBT9704.bodyPt / 2 : l.xMax);
      const widest = body.reduce((a, b) => (lineEnd(b) > lineEnd(a) ? b : a));
      expect(lineEnd(widest), `版心右边：${widest.text}`).toBeLessThan(RIGHT + PT_PER_MM);
      // The lines that end in closing punctuation at the right edge, and those set half-width there.
      const lineEnds = body.filter((l) => CLOSING.includes(lastMark(l)) && lineEnd(l) > RIGHT - 2);
      const halfWidthEnds = lineEnds.filter(setHalf).length;

      // Characters a line: full lines of CJK text and full-width punctuation, counted.
      const full = body.filter((l) => Math.abs(l.xMin - leftEdge) < 1 && l.xMax > RIGHT - 8 && FULL_WIDTH.test(l.text.replace(/ /g, '')));
      const counts = full.map((l) => [...l.text.replace(/ /g, '')].length);
      const charsPerLine = mode(counts);
      if (full.length > 0) {
        expect(Math.abs(charsPerLine! - GBT9704.charsPerLine), `${id}：每行字数 ${counts.join(',')}`).toBeLessThanOrEqual(1);
        expect(Math.max(...counts)).toBeLessThanOrEqual(GBT9704.charsPerLine + 1);
      }

      // Lines a page: the line pitch of body text, and the lines of every page the body text fills.
      const gaps: number[] = [];
      const byPage = new Map<number, PdfLine[]>();
      for (const l of body) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
      for (const ls of byPage.values())
        for (let i = 1; i < ls.length; i++) {
          const d = ls[i]!.yMin - ls[i - 1]!.yMin;
          if (d > 0 && d < 4 * bodyHeight) gaps.push(d);
        }
      // PDF coordinates come rounded, so consecutive lines are 28.5 or 29.25 pt apart: the pitch is the
      // distance between lines a whole number of lines apart (blank lines between them count) over that
      // number, summed, so that a notice of few lines is measured as exactly as a long one.
      const step = median(gaps.filter((d) => d < 2 * bodyHeight));
      let [span, steps] = [0, 0];
      for (const d of gaps) {
        const k = Math.round(d / step);
        if (k >= 1 && Math.abs(d - k * step) < 0.1 * step) [span, steps] = [span + d, steps + k];
      }
      const pitch = span / steps;
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
      // As wide as the stylesheet sets it: the widest name (with 文件 beside a joint letterhead) fills the
      // block or, beside 文件, 110 mm, unless its characters would be larger than 15 mm (a short name).
      const marks = dom.letterhead.map((name) => lines.find((l) => l.page === 1 && l.text.replace(/ /g, '').includes(name)));
      const widestName = Math.max(...marks.map((l) => (l ? l.xMax - l.xMin : 0)));
      const nameWidth = Math.min(dom.letterheadSuffix ? LETTERHEAD_MM.besideSuffix : GBT9704.block.width, dom.letterheadChars * LETTERHEAD_MM.maxChar);
      expect(widestName / (nameWidth * PT_PER_MM), `${id}：发文机关标志的宽度`).toBeGreaterThan(0.9);
      expect(widestName).toBeLessThan(RIGHT - LEFT + PT_PER_MM);
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
      measured.push({ id, rows, rowsWhole, charsPerLine, fullLines: full.length, linesPerPage, fullPages, lineEnds: lineEnds.map(lastMark), halfWidthEnds });
      console.log(
        `${id}: ${info.pages} 页 A4；订口 ${(leftEdge / PT_PER_MM).toFixed(1)} mm；表格行完整 ${rowsWhole}/${rows}；每行 ${charsPerLine ?? '—'} 字（${full.length} 个整行）；` +
          `行距 ${pitch.toFixed(2)} pt → 每页 ${linesPerPage} 行；整页行数 ${fullPages.join(',') || '—'}；` +
          `行末标点 ${lineEnds.length} 行（${[...new Set(lineEnds.map(lastMark))].join('') || '—'}，其中 ${halfWidthEnds} 个排成半角）`,
      );
    });
  }

  it('measured every notice: all rows whole, characters a line found, a page of body text full, every closing mark at a line end', () => {
    expect(measured.map((m) => m.id)).toEqual(notices);
    const rows = measured.reduce((n, m) => n + m.rows, 0);
    const whole = measured.reduce((n, m) => n + m.rowsWhole, 0);
    console.log(`表格行完整：${whole}/${rows}`);
    expect(whole).toBe(rows);
    expect(rows).toBeGreaterThan(0);
    // A short notice may have no full line of CJK text to count; the site has some.
    expect(measured.some((m) => m.fullLines > 0)).toBe(true);
    expect(measured.some((m) => m.fullPages.length > 0)).toBe(true);
    // The notices end lines at the right edge in each kind of closing punctuation, some of them set
    // half-width there (tests/fixtures/site: test-2019-1), so the edge is measured where it is hardest.
    const ends = new Set(measured.flatMap((m) => m.lineEnds));
    expect([...CLOSING].filter((c) => !ends.has(c)), '没有排在行末的标点').toEqual([]);
    expect(measured.reduce((n, m) => n + m.halfWidthEnds, 0), '行末排成半角的标点').toBeGreaterThan(0);
  });
});
