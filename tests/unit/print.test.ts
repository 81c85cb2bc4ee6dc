import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GBT9704, LETTERHEAD_MAX_CHARS, LETTERHEAD_MM, letterheadChars } from '../../src/lib/print/document';

describe('GB/T 9704-2012 numbers', () => {
  it('add up to an A4 page', () => {
    const { page, block, margin } = GBT9704;
    expect(margin.left + block.width + margin.right).toBe(page.width);
    expect(margin.top + block.height + margin.bottom).toBe(page.height);
  });

  it('fit 28 characters of 3号 in the text block only with the characters set a little closer', () => {
    const blockPt = (GBT9704.block.width / 25.4) * 72;
    expect(GBT9704.charsPerLine * GBT9704.bodyPt).toBeGreaterThan(blockPt);
    expect(GBT9704.charsPerLine * 15.75).toBeLessThanOrEqual(blockPt);
    expect((GBT9704.charsPerLine + 1) * 15.75).toBeGreaterThan(blockPt);
  });
});

describe('letterheadChars', () => {
  it('is the widest issuer line, in characters, spaces left out', () => {
    expect(letterheadChars(['泉州市总工会', '中共泉州市委网络安全与信息化委员会办公室'])).toBe(20);
    expect(letterheadChars(['中华全国总工会', '中央网信办'])).toBe(7);
    expect(letterheadChars(['福建省 总工会'])).toBe(6);
  });

  it('stays within the widths the stylesheet has rules for', () => {
    expect(letterheadChars(['字'.repeat(LETTERHEAD_MAX_CHARS + 5)])).toBe(LETTERHEAD_MAX_CHARS);
    expect(letterheadChars([''])).toBe(1);
  });
});

describe('LETTERHEAD_MM', () => {
  it('is what the print stylesheet sizes the letterhead by (the print test measures against it)', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    expect(css).toContain(`font-size: min(${LETTERHEAD_MM.maxChar}mm, calc(var(--lh-width) / var(--lh-chars, 12)))`);
    expect(css).toContain(`--lh-width: ${GBT9704.block.width}mm`);
    expect(css).toContain(`--lh-width: ${LETTERHEAD_MM.besideSuffix}mm`);
  });
});
