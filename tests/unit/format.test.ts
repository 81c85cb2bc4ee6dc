import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  formatChineseMonth,
  formatCount,
  formatFull,
  formatSpan,
  phoneView,
} from '../../src/lib/formats/text';

describe('formatChineseDate', () => {
  it('writes the date as official documents do, without leading zeros', () => {
    expect(formatChineseDate('2019-05-29')).toBe('2019年5月29日');
    expect(formatChineseDate('2019-10-08')).toBe('2019年10月8日');
    expect(formatChineseDate('2020-01-01')).toBe('2020年1月1日');
  });
});

describe('formatChineseMonth', () => {
  it('drops the day and leading zeros', () => {
    expect(formatChineseMonth('2019-05-01')).toBe('2019年5月');
    expect(formatChineseMonth('2019-11-30')).toBe('2019年11月');
  });
});

describe('formatSpan', () => {
  describe('month precision', () => {
    it('prints a span within one year with the year once: 2019年5—9月', () => {
      expect(formatSpan('2019-05-01', '2019-09-30', 'month')).toBe('2019年5—9月');
    });

    it('prints a span within one month as that month', () => {
      expect(formatSpan('2019-10-01', '2019-10-31', 'month')).toBe('2019年10月');
    });

    it('prints both years for a span across years', () => {
      expect(formatSpan('2019-11-01', '2020-01-31', 'month')).toBe('2019年11月—2020年1月');
    });

    it('does not merge equal month numbers of different years', () => {
      expect(formatSpan('2019-05-01', '2020-05-31', 'month')).toBe('2019年5月—2020年5月');
    });

    it('prints just the month of `to` when there is no `from`', () => {
      expect(formatSpan(undefined, '2019-09-30', 'month')).toBe('2019年9月');
    });
  });

  describe('day precision', () => {
    it('prints a deadline (no from) as "…前"', () => {
      expect(formatSpan(undefined, '2019-10-08', 'day')).toBe('2019年10月8日前');
    });

    it('prints a span of days with full dates on both sides', () => {
      expect(formatSpan('2019-09-01', '2019-09-30', 'day')).toBe('2019年9月1日—2019年9月30日');
    });

    it('treats from equal to to like a deadline', () => {
      expect(formatSpan('2019-09-30', '2019-09-30', 'day')).toBe('2019年9月30日前');
    });
  });
});

describe('formatCount', () => {
  it('uses 亿 for whole hundreds of millions', () => {
    expect(formatCount(100_000_000)).toBe('1亿');
    expect(formatCount(300_000_000)).toBe('3亿');
  });

  it('uses 万 for whole ten-thousands', () => {
    expect(formatCount(500_000)).toBe('50万');
    expect(formatCount(20_000)).toBe('2万');
    expect(formatCount(10_000)).toBe('1万');
  });

  it('falls back to 万 when a figure above 1亿 is not a whole number of 亿', () => {
    expect(formatCount(150_000_000)).toBe('15000万');
  });

  it('prints figures that are not whole ten-thousands as they are', () => {
    expect(formatCount(1000)).toBe('1000');
    expect(formatCount(1500)).toBe('1500');
    expect(formatCount(15_000)).toBe('15000');
    expect(formatCount(9999)).toBe('9999');
    expect(formatCount(0)).toBe('0');
  });
});

describe('formatFull', () => {
  it('groups thousands with commas', () => {
    expect(formatFull(100_000_000)).toBe('100,000,000');
    expect(formatFull(12_351)).toBe('12,351');
    expect(formatFull(999)).toBe('999');
    expect(formatFull(0)).toBe('0');
    expect(formatFull(1234.5)).toBe('1,234.5');
    expect(formatFull(-20_000)).toBe('-20,000');
  });

  it('writes what toLocaleString("en-US") writes, for any integer or value with up to three decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const n = whole + thousandths / 1000;
        expect(formatFull(whole)).toBe(whole.toLocaleString('en-US'));
        expect(formatFull(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
});

describe('phoneView', () => {
  it('makes a Beijing landline dialable from anywhere', () => {
    expect(phoneView('010-68591637')).toEqual({
      printed: '010-68591637',
      tel: '+86-10-68591637',
      kind: 'landline',
      label: '电话',
    });
  });

  it('drops only the trunk 0 of a four-digit area code', () => {
    expect(phoneView('0591-87713873')).toMatchObject({ printed: '0591-87713873', tel: '+86-591-87713873', kind: 'landline' });
  });

  it('recognises an 11-digit mobile', () => {
    expect(phoneView('13502005741')).toEqual({
      printed: '13502005741',
      tel: '+86-13502005741',
      kind: 'mobile',
      label: '手机',
    });
  });

  it('accepts the object form and marks faxes', () => {
    expect(phoneView({ number: '0595-22587212', fax: true })).toEqual({
      printed: '0595-22587212',
      tel: '+86-595-22587212',
      kind: 'fax',
      label: '传真',
    });
  });

  it('treats the object form without fax (or fax: false) as an ordinary number', () => {
    expect(phoneView({ number: '13502005741' })).toMatchObject({ kind: 'mobile', label: '手机' });
    expect(phoneView({ number: '010-68591637', fax: false })).toMatchObject({ kind: 'landline', tel: '+86-10-68591637' });
  });
});
