import { describe, expect, it } from 'vitest';
import { formatTable, measure, summarise, webFonts } from '../../scripts/budget.mjs';
import { BASE, DIST } from './site';

describe('budgets (bytes shipped per page type)', () => {
  const rows = measure({ dist: DIST, base: BASE });
  const { worst, over } = summarise(rows);

  it('every page is within its budget (0 JS where none is needed; notice HTML+CSS < 30 KB gzip)', () => {
    console.log(formatTable(worst));
    expect(over).toEqual([]);
    const notice = rows.filter((r) => r.type === 'notice');
    expect(notice.length).toBeGreaterThanOrEqual(3);
    for (const n of notice) expect(n.htmlGzip + n.cssGzip).toBeLessThan(30_000);
  });

  it('ships no web fonts', () => {
    expect(webFonts(DIST)).toEqual([]);
  });
});
