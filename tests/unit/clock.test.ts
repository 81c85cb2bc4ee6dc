import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildNow, chinaDate, todayFromClock } from '../../src/lib/clock';

describe('buildNow', () => {
  const real = new Date('2024-03-05T06:07:08Z');

  it('uses the injected real clock when PORTAL_NOW is unset', () => {
    const clock = vi.fn(() => real);
    expect(buildNow({}, clock)).toBe(real);
    expect(clock).toHaveBeenCalledTimes(1);
  });

  it('uses the real clock when PORTAL_NOW is empty or blank', () => {
    expect(buildNow({ PORTAL_NOW: '' }, () => real)).toBe(real);
    expect(buildNow({ PORTAL_NOW: '   ' }, () => real)).toBe(real);
  });

  it('does not consult the real clock when PORTAL_NOW is set', () => {
    const clock = vi.fn(() => real);
    buildNow({ PORTAL_NOW: '2019-08-15' }, clock);
    expect(clock).not.toHaveBeenCalled();
  });

  it('reads a bare date as noon China time on that day', () => {
    const d = buildNow({ PORTAL_NOW: '2019-08-15' }, () => real);
    expect(d.toISOString()).toBe('2019-08-15T04:00:00.000Z');
  });

  it('trims whitespace around the value', () => {
    expect(buildNow({ PORTAL_NOW: ' 2019-08-15\n' }, () => real).toISOString()).toBe('2019-08-15T04:00:00.000Z');
  });

  it('reads a full ISO timestamp exactly, honouring its offset', () => {
    expect(buildNow({ PORTAL_NOW: '2019-08-15T09:00:00+08:00' }, () => real).toISOString()).toBe('2019-08-15T01:00:00.000Z');
    expect(buildNow({ PORTAL_NOW: '2019-09-30T17:00:00Z' }, () => real).toISOString()).toBe('2019-09-30T17:00:00.000Z');
  });

  it('rejects garbage with a Chinese message naming PORTAL_NOW and quoting the value', () => {
    expect(() => buildNow({ PORTAL_NOW: 'yesterday' }, () => real)).toThrow(/PORTAL_NOW 应为日期/);
    expect(() => buildNow({ PORTAL_NOW: 'yesterday' }, () => real)).toThrow('实际为 "yesterday"');
    expect(() => buildNow({ PORTAL_NOW: '2019-13-45' }, () => real)).toThrow(/PORTAL_NOW/);
  });

  // BUG (src/lib/clock.ts): a bare date that does not exist is not rejected; V8 rolls
  // 2019-02-30T12:00:00+08:00 over to 2019-03-02, so `PORTAL_NOW=2019-02-30` silently builds
  // the site as of 2 March instead of failing like other bad values (the content schemas'
  // isoDate rejects such dates). Kept as it.fails until the clock validates the calendar date.
  it('rejects a bare date that does not exist (2019-02-30)', () => {
    expect(() => buildNow({ PORTAL_NOW: '2019-02-30' }, () => real)).toThrow(/PORTAL_NOW/);
  });
});

describe('chinaDate', () => {
  it('gives the China (UTC+8) calendar date, not the UTC one', () => {
    expect(chinaDate(new Date('2019-09-30T17:00:00Z'))).toBe('2019-10-01');
    expect(chinaDate(new Date('2019-09-30T15:59:59.999Z'))).toBe('2019-09-30');
    expect(chinaDate(new Date('2019-09-30T16:00:00Z'))).toBe('2019-10-01');
  });

  it('crosses a year boundary', () => {
    expect(chinaDate(new Date('2019-12-31T16:30:00Z'))).toBe('2020-01-01');
  });

  it('is stable for a time given with the +08:00 offset', () => {
    expect(chinaDate(new Date('2019-10-01T00:00:00+08:00'))).toBe('2019-10-01');
    expect(chinaDate(new Date('2019-09-30T23:59:59+08:00'))).toBe('2019-09-30');
  });
});

describe('todayFromClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the China date of PORTAL_NOW', () => {
    expect(todayFromClock({ PORTAL_NOW: '2019-08-15' })).toBe('2019-08-15');
    expect(todayFromClock({ PORTAL_NOW: '2019-09-30T17:00:00Z' })).toBe('2019-10-01');
  });

  it('uses the system clock when PORTAL_NOW is unset', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2019-09-30T20:00:00Z'));
    expect(todayFromClock({})).toBe('2019-10-01');
  });

  it('propagates the error for a bad PORTAL_NOW', () => {
    expect(() => todayFromClock({ PORTAL_NOW: 'not a date' })).toThrow(/PORTAL_NOW/);
  });
});
