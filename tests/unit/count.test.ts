import { describe, expect, it } from 'vitest';
import { progressSchema, readCount } from '../../src/schemas';

describe('readCount: what Chinese input methods and spreadsheets type', () => {
  it.each([
    ['13', 13, []],
    [' 13 ', 13, []],
    ['１３', 13, ['fullwidth']],
    ['1,300', 1300, ['separators']],
    ['12,345,678', 12345678, ['separators']],
    ['1 300', 1300, ['spaces']],
    ['1\u3000300', 1300, ['spaces']],
    ['１，３００', 1300, ['fullwidth', 'separators']],
    ['－５', -5, ['fullwidth']],
    ['1.5', 1.5, []],
    ['99999999999999999999', 1e20, []],
  ] as const)('%j is %d', (typed, value, changes) => {
    expect(readCount(typed)).toEqual({ value, changes });
  });

  it.each(['1,30', '1,3000', ',300', '十三', '13人', '1.3万', 'abc', '1,300.5.2'])('%j stays as typed (not plainly a number)', (typed) => {
    expect(readCount(typed)).toEqual({ value: typed, changes: [] });
  });
});

describe('the build refuses a count written as text, and names the number to write', () => {
  const base = { unit: 'fujian', campaign: '2019', asOf: '2019-09-01', source: 'x' };
  const message = (v: unknown) => {
    const r = progressSchema.safeParse({ ...base, activities: v });
    return r.success ? 'accepted' : r.error.issues.map((i) => i.message).join(' | ');
  };
  it('says which number, and what to leave out', () => {
    expect(message('1,300')).toBe('数字 1300（不加引号，不用千位分隔符）');
    expect(message('１３')).toBe('数字 13（不加引号，用半角数字）');
    expect(message('13')).toBe('数字 13（不加引号）');
    expect(message('十三')).toBe('数字');
    expect(message(13)).toBe('accepted');
  });
});
