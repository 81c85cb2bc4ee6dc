import { describe, expect, it } from 'vitest';
import { campaignStatus, daysBetween, describeStatus, entryLabel, entryState, nextDay, timelineByLevel } from '../../src/lib/domain/timeline';
import type { TimelineEntry } from '../../src/schemas';

const e = (id: string, notice: string, kind: 'phase' | 'deadline', to: string, from?: string): TimelineEntry => ({
  id,
  campaign: '2019',
  unit: 'national',
  appliesTo: kind === 'phase' ? 'branch' : 'children',
  notice,
  kind,
  title: id,
  from,
  to,
  precision: kind === 'phase' ? 'month' : 'day',
});

// The 2019 timeline as content/timeline/2019.json has it.
const ENTRIES = [
  e('national-launch', 'zgf-2019-17', 'phase', '2019-09-30', '2019-05-01'),
  e('national-recommend', 'zgf-2019-17', 'phase', '2019-09-30', '2019-09-01'),
  e('national-evaluation', 'zgf-2019-17', 'phase', '2019-10-31', '2019-10-01'),
  e('national-summary', 'zgf-2019-17', 'phase', '2019-11-30', '2019-11-01'),
  e('fujian-activities', 'mg-2019-64', 'phase', '2019-09-30', '2019-07-01'),
  e('fujian-summary', 'mg-2019-64', 'phase', '2019-10-31', '2019-10-01'),
  e('fujian-report', 'mg-2019-64', 'deadline', '2019-10-08'),
  e('quanzhou-report', 'qg-2019-27', 'deadline', '2019-09-30'),
];
const CAMPAIGN = { from: '2019-05-01', to: '2019-11-30' };
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('dates', () => {
  it('counts whole calendar days, across months and years', () => {
    expect(daysBetween('2019-08-15', '2019-09-30')).toBe(46);
    expect(daysBetween('2019-09-30', '2019-09-30')).toBe(0);
    expect(daysBetween('2019-12-31', '2020-01-01')).toBe(1);
    expect(daysBetween('2019-10-08', '2019-09-30')).toBe(-8);
  });
  it('nextDay crosses month ends', () => {
    expect(nextDay('2019-09-30')).toBe('2019-10-01');
    expect(nextDay('2019-12-31')).toBe('2020-01-01');
  });
  it('a phase includes its first and last day; a deadline its day', () => {
    const p = { from: '2019-05-01', to: '2019-09-30' };
    expect(entryState(p, '2019-04-30')).toBe('upcoming');
    expect(entryState(p, '2019-05-01')).toBe('current');
    expect(entryState(p, '2019-09-30')).toBe('current');
    expect(entryState(p, '2019-10-01')).toBe('past');
    expect(entryState({ to: '2019-10-08' }, '2019-10-08')).toBe('current');
  });
});

describe('campaignStatus', () => {
  it('before the start: days to go', () => {
    expect(campaignStatus(CAMPAIGN, ENTRIES, '2019-04-20')).toEqual({ state: 'before', today: '2019-04-20', start: '2019-05-01', daysToStart: 11 });
  });

  it('on 2019-08-15: the national and Fujian phases, 46 days to Quanzhou\'s 30 September', () => {
    const s = campaignStatus(CAMPAIGN, ENTRIES, '2019-08-15');
    if (s.state !== 'running') throw new Error(s.state);
    expect(ids(s.current)).toEqual(['national-launch', 'fujian-activities']);
    expect(s.nextDeadline).toMatchObject({ date: '2019-09-30', days: 46 });
    expect(s.nextDeadline?.entry.id).toBe('quanzhou-report');
    expect(s.nextPhase).toBeUndefined();
  });

  it('on a deadline day: 0 days, and the next one after it', () => {
    const s = campaignStatus(CAMPAIGN, ENTRIES, '2019-09-30');
    if (s.state !== 'running') throw new Error(s.state);
    expect(s.nextDeadline).toMatchObject({ date: '2019-09-30', days: 0 });
    const after = campaignStatus(CAMPAIGN, ENTRIES, '2019-10-01');
    if (after.state !== 'running') throw new Error(after.state);
    expect(after.nextDeadline).toMatchObject({ date: '2019-10-08', days: 7 });
    expect(ids(after.current)).toEqual(['national-evaluation', 'fujian-summary']);
  });

  it('in November: the summary phase and no deadline left', () => {
    const s = campaignStatus(CAMPAIGN, ENTRIES, '2019-11-30');
    if (s.state !== 'running') throw new Error(s.state);
    expect(ids(s.current)).toEqual(['national-summary']);
    expect(s.nextDeadline).toBeUndefined();
  });

  it('ended after the last day', () => {
    expect(campaignStatus(CAMPAIGN, ENTRIES, '2019-12-01')).toEqual({ state: 'ended', today: '2019-12-01', endedOn: '2019-11-30', endPrecision: 'month' });
    expect(campaignStatus(CAMPAIGN, ENTRIES, '2026-01-01').state).toBe('ended');
  });

  it('a deadline after the campaign end keeps it running', () => {
    const late = [...ENTRIES, e('late', 'qg-2019-27', 'deadline', '2019-12-10')];
    expect(campaignStatus(CAMPAIGN, late, '2019-12-05').state).toBe('running');
  });

  it('between phases: names the next phase', () => {
    const gap = [e('a', 'x', 'phase', '2019-05-31', '2019-05-01'), e('b', 'x', 'phase', '2019-07-31', '2019-07-01')];
    const s = campaignStatus({ from: '2019-05-01', to: '2019-07-31' }, gap, '2019-06-10');
    if (s.state !== 'running') throw new Error(s.state);
    expect(s.current).toEqual([]);
    expect(s.nextPhase).toMatchObject({ date: '2019-07-01', days: 21 });
  });
});

describe('describeStatus', () => {
  const label = (x: TimelineEntry) => x.id;
  it('says it in Chinese, with the days left', () => {
    expect(describeStatus(campaignStatus(CAMPAIGN, ENTRIES, '2019-08-15'), label)).toEqual({
      state: 'running',
      headline: '活动进行中',
      lines: ['正在进行：national-launch；fujian-activities。', '距下一个截止日期2019年9月30日还有 46 天：quanzhou-report。'],
    });
    expect(describeStatus(campaignStatus(CAMPAIGN, ENTRIES, '2019-09-30'), label).lines.at(-1)).toBe('今天（2019年9月30日）截止：quanzhou-report。');
    expect(describeStatus(campaignStatus(CAMPAIGN, ENTRIES, '2020-03-01'), label)).toEqual({
      state: 'ended',
      headline: '活动已经结束',
      lines: ['活动已于2019年11月结束。下面的日程保留作为记录。'],
      endedIn: '2019年11月',
    });
    // A last deadline named to the day is said to the day.
    const dayEnd = [...ENTRIES, e('late', 'qg-2019-27', 'deadline', '2019-12-10')];
    expect(describeStatus(campaignStatus(CAMPAIGN, dayEnd, '2020-03-01'), label).lines[0]).toBe('活动已于2019年12月10日结束。下面的日程保留作为记录。');
    expect(describeStatus(campaignStatus(CAMPAIGN, ENTRIES, '2019-04-30'), label).lines).toEqual(['活动2019年5月1日开始，还有 1 天。']);
  });
});

describe('timelineByLevel', () => {
  it('groups by notice, outermost level first, each in date order', () => {
    const LEVEL: Record<string, 'national' | 'provincial' | 'municipal'> = { 'zgf-2019-17': 'national', 'mg-2019-64': 'provincial', 'qg-2019-27': 'municipal' };
    const groups = timelineByLevel([...ENTRIES].reverse(), (n) => LEVEL[n]);
    expect(groups.map((g) => [g.level, g.notice])).toEqual([
      ['national', 'zgf-2019-17'],
      ['provincial', 'mg-2019-64'],
      ['municipal', 'qg-2019-27'],
    ]);
    expect(ids(groups[0]!.entries)).toEqual(['national-launch', 'national-recommend', 'national-evaluation', 'national-summary']);
    expect(ids(groups[1]!.entries)).toEqual(['fujian-activities', 'fujian-summary', 'fujian-report']);
  });
  it('leaves out entries whose notice is unknown', () => {
    expect(timelineByLevel(ENTRIES, () => undefined)).toEqual([]);
  });
});

describe('entryState and entryLabel', () => {
  it('is past after the end, current from the start to the end, upcoming before', () => {
    const p = { from: '2019-09-01', to: '2019-09-30' };
    expect(entryState(p, '2019-10-01')).toBe('past');
    expect(entryState(p, '2019-09-30')).toBe('current');
    expect(entryState(p, '2019-09-01')).toBe('current');
    expect(entryState(p, '2019-08-31')).toBe('upcoming');
    expect(entryState({ to: '2019-10-08' }, '2019-10-08')).toBe('current');
    expect(entryState({ to: '2019-10-08' }, '2019-10-07')).toBe('upcoming');
  });

  it('says a deadline’s days left, a phase’s state, in one wording everywhere', () => {
    expect(entryLabel({ kind: 'deadline', to: '2019-10-08' }, '2019-10-01')).toBe('还有 7 天截止');
    expect(entryLabel({ kind: 'deadline', to: '2019-10-08' }, '2019-10-08')).toBe('今天截止');
    expect(entryLabel({ kind: 'deadline', to: '2019-10-08' }, '2019-10-09')).toBe('已截止');
    expect(entryLabel({ kind: 'phase', from: '2019-10-01', to: '2019-10-31' }, '2019-09-09')).toBe('未开始');
    expect(entryLabel({ kind: 'phase', from: '2019-10-01', to: '2019-10-31' }, '2019-10-09')).toBe('进行中');
    expect(entryLabel({ kind: 'phase', from: '2019-10-01', to: '2019-10-31' }, '2019-11-01')).toBe('已结束');
  });
});
