import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, htmlText, readPage, SITE_CONTENT } from './site';

/**
 * Every sentence and table row of the source can be read on the notice page it belongs to.
 * The source is the project's own copy of the extracted text, with the listed repairs applied.
 * Comparison ignores white space and punctuation: the site renders contacts, signatures and
 * tables from data with uniform punctuation, but every word and figure must be there, in order.
 */
const source = readFileSync(join(SITE_CONTENT, 'campaigns/2019/sources/notices.txt'), 'utf8');
const repairs: { found: string; repaired: string }[] = JSON.parse(readFileSync(join(SITE_CONTENT, 'campaigns/2019/repairs.json'), 'utf8'));

function repaired(text: string): string {
  let out = text;
  for (const r of repairs) out = out.split(r.found).join(r.repaired);
  return out;
}

/** Letters, digits and CJK only. */
const norm = (s: string) => s.replace(/\*\*/g, '').replace(/[\s\p{P}\p{S}]/gu, '');

/** The source, cut into the three documents; the 印发 line at the very end is Quanzhou's. */
function segments(): { page: string; text: string }[] {
  const fj = source.indexOf('福建省总工会 中共福建省委网信办 文件');
  const nat = source.indexOf('中华全国总工会 文件 中央网信办');
  const printed = source.indexOf('泉州市总工会办公室');
  expect(fj).toBeGreaterThan(0);
  expect(nat).toBeGreaterThan(fj);
  expect(printed).toBeGreaterThan(nat);
  return [
    { page: '/notices/qg-2019-27/', text: source.slice(0, fj) + source.slice(printed) },
    { page: '/notices/mg-2019-64/', text: source.slice(fj, nat) },
    { page: '/notices/zgf-2019-17/', text: source.slice(nat, printed) },
  ];
}

/** Sentences, and table rows split into their printed halves (the national table is two tables side by side). */
function units(text: string): string[] {
  const out: string[] = [];
  for (const line of repaired(text).split('\n')) {
    if (line.includes('\t')) {
      const cells = line.split('\t');
      if (cells.length === 6) out.push(cells.slice(0, 3).join(''), cells.slice(3).join(''));
      else out.push(cells.join(''));
      continue;
    }
    out.push(...line.split(/(?<=[。；;！？])/));
  }
  return out.map(norm).filter((s) => s.length > 0);
}

/**
 * Letterheads are printed as a block ("中华全国总工会 文件 中央网信办" has 文件 beside both names):
 * their words are checked one by one.
 */
const LETTERHEADS = ['中华全国总工会 文件 中央网信办', '福建省总工会 中共福建省委网信办 文件'];

describe('the built site reproduces the source', () => {
  beforeAll(() => assertBuilt());

  for (const seg of segments()) {
    it(`every sentence and table row of ${seg.page}`, () => {
      const page = norm(htmlText(readPage(seg.page), true));
      const missing: string[] = [];
      let count = 0;
      for (const u of units(seg.text)) {
        const letterhead = LETTERHEADS.find((l) => norm(l) === u);
        const parts = letterhead ? letterhead.split(/\s+/).map(norm) : [u];
        for (const p of parts) {
          count++;
          if (!page.includes(p)) missing.push(p);
        }
      }
      expect(count).toBeGreaterThan(20);
      expect(missing).toEqual([]);
    });
  }

  it('shows no extraction artifact that was repaired', () => {
    for (const seg of segments()) {
      const text = htmlText(readPage(seg.page));
      expect(text).not.toMatch(/[\u4e00-\u9fff]\s*\band\b\s*[\u4e00-\u9fff]/);
    }
  });

  it('adds no unit above contacts where the notice prints none', () => {
    // Fujian and Quanzhou print only 联系人、电话、邮箱; the units are read from their text for the data.
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

  it('every repair is found in the source and listed on /about/', () => {
    const about = norm(htmlText(readPage('/about/')));
    for (const r of repairs) {
      expect(source).toContain(r.found);
      expect(about).toContain(norm(r.repaired));
    }
  });
});
