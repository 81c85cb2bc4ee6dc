import type { Campaign, NoticeLevel, TimelineEntry } from '../../schemas';
import { formatChineseDate, formatChineseMonth, formatSpan } from '../formats/text';
import { paths } from '../addresses';
import { entryStateLabel, LEVEL_ORDER, type EntryState } from '../words';

/**
 * Where the campaign stands on a given day (the build clock's, see clock.ts), and the
 * timeline grouped for the pages. Dates are China calendar days, YYYY-MM-DD; a phase or
 * deadline includes its last day ("9月30日前" is due on 30 September).
 */

const DAY = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The day after `iso`: the exclusive end of an all-day span. */
export function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

export type { EntryState };

/** A phase is current from its first to its last day; a deadline is current on its day. */
export function entryState(e: Pick<TimelineEntry, 'from' | 'to'>, today: string): EntryState {
  if (today > e.to) return 'past';
  if (today >= (e.from ?? e.to)) return 'current';
  return 'upcoming';
}

export interface Upcoming<T> {
  entry: T;
  date: string;
  days: number;
}

export type CampaignStatus<T> =
  | { state: 'before'; today: string; start: string; daysToStart: number }
  | {
      state: 'running';
      today: string;
      /** Phases under way today, outermost level first. */
      current: T[];
      /** The nearest deadline today or later (kind "deadline"). */
      nextDeadline?: Upcoming<T>;
      /** When no phase is under way: the next one to start. */
      nextPhase?: Upcoming<T>;
    }
  | {
      state: 'ended';
      today: string;
      endedOn: string;
      /** "month" when the last entry is dated by month only (“11月总结”): say 2019年11月, not a day. */
      endPrecision: 'month' | 'day';
    };

type Dated = Pick<TimelineEntry, 'kind' | 'from' | 'to' | 'precision'>;

/**
 * The campaign's state on `today`: before it starts, running (with the phases under way and
 * the days to the next deadline), or ended after its last day and its last deadline.
 */
export function campaignStatus<T extends Dated>(campaign: Pick<Campaign, 'from' | 'to'>, entries: readonly T[], today: string): CampaignStatus<T> {
  const start = [campaign.from, ...entries.map((e) => e.from ?? e.to)].sort()[0]!;
  const end = [campaign.to, ...entries.map((e) => e.to)].sort().at(-1)!;
  if (today < start) return { state: 'before', today, start, daysToStart: daysBetween(today, start) };
  if (today > end) {
    const last = entries.filter((e) => e.to === end);
    // A day only where the notices name one; the campaign's own end date alone says no more than a month.
    const endPrecision = last.some((e) => e.precision === 'day') ? 'day' : 'month';
    return { state: 'ended', today, endedOn: end, endPrecision };
  }
  const current = entries.filter((e) => e.kind === 'phase' && entryState(e, today) === 'current');
  const deadlines = entries
    .filter((e) => e.kind === 'deadline' && e.to >= today)
    .sort((a, b) => a.to.localeCompare(b.to));
  const status: CampaignStatus<T> = { state: 'running', today, current };
  const d = deadlines[0];
  if (d) status.nextDeadline = { entry: d, date: d.to, days: daysBetween(today, d.to) };
  if (current.length === 0) {
    const next = entries
      .filter((e) => e.kind === 'phase' && entryState(e, today) === 'upcoming')
      .sort((a, b) => (a.from ?? a.to).localeCompare(b.from ?? b.to))[0];
    if (next) status.nextPhase = { entry: next, date: next.from ?? next.to, days: daysBetween(today, next.from ?? next.to) };
  }
  return status;
}

export interface LevelGroup<T> {
  level: NoticeLevel;
  notice: string;
  entries: T[];
}

/**
 * Entries grouped by the level of their notice, outermost first; within a group in date
 * order (by start, deadlines by their day), as a reader scans a calendar.
 */
export function timelineByLevel<T extends Pick<TimelineEntry, 'notice' | 'from' | 'to'>>(
  entries: readonly T[],
  levelOf: (notice: string) => NoticeLevel | undefined,
): LevelGroup<T>[] {
  const groups = new Map<string, LevelGroup<T>>();
  for (const e of entries) {
    const level = levelOf(e.notice);
    if (!level) continue;
    const g = groups.get(e.notice) ?? { level, notice: e.notice, entries: [] };
    g.entries.push(e);
    groups.set(e.notice, g);
  }
  const key = (e: T) => `${e.from ?? e.to} ${e.to}`;
  return [...groups.values()]
    .map((g) => ({ ...g, entries: [...g.entries].sort((a, b) => key(a).localeCompare(key(b))) }))
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.notice.localeCompare(b.notice));
}

export interface StatusText {
  state: CampaignStatus<unknown>['state'];
  /** 活动进行中 */
  headline: string;
  lines: string[];
  /** When it has ended: when, as the notices date it (2019年11月). */
  endedIn?: string;
}

/** Where the campaign stands, in sentences; `label` names an entry (its level and title). */
export function describeStatus<T>(status: CampaignStatus<T>, label: (e: T) => string): StatusText {
  switch (status.state) {
    case 'before':
      return {
        state: status.state,
        headline: '活动尚未开始',
        lines: [`活动${formatChineseDate(status.start)}开始，还有 ${status.daysToStart} 天。`],
      };
    case 'ended': {
      const endedIn = status.endPrecision === 'day' ? formatChineseDate(status.endedOn) : formatChineseMonth(status.endedOn);
      return {
        state: status.state,
        headline: '活动已经结束',
        lines: [`活动已于${endedIn}结束。下面的日程保留作为记录。`],
        endedIn,
      };
    }
    case 'running': {
      const lines: string[] = [];
      if (status.current.length > 0) lines.push(`正在进行：${status.current.map(label).join('；')}。`);
      if (status.nextPhase)
        lines.push(`下一阶段${formatChineseDate(status.nextPhase.date)}开始（还有 ${status.nextPhase.days} 天）：${label(status.nextPhase.entry)}。`);
      const d = status.nextDeadline;
      if (d)
        lines.push(
          d.days === 0
            ? `今天（${formatChineseDate(d.date)}）截止：${label(d.entry)}。`
            : `距下一个截止日期${formatChineseDate(d.date)}还有 ${d.days} 天：${label(d.entry)}。`,
        );
      return { state: status.state, headline: '活动进行中', lines };
    }
  }
}

/** An entry's state on `today`, in words: for a deadline still ahead, how many days are left. */
export function entryLabel(e: Pick<TimelineEntry, 'kind' | 'from' | 'to'>, today: string): string {
  const state = entryState(e, today);
  return entryStateLabel(e.kind, state, state === 'upcoming' && e.kind === 'deadline' ? daysBetween(today, e.to) : undefined);
}

/** Site path of the paragraph an entry comes from (pass it through withBase). */
export function entryPath(e: Pick<TimelineEntry, 'notice' | 'anchor'>): string {
  return paths.notice(e.notice, e.anchor);
}

export interface TimelineRow {
  id: string;
  /** As the notice states it: 2019年5—9月, 2019年10月8日前 */
  span: string;
  from: string;
  to: string;
  title: string;
  detail?: string;
  kind: TimelineEntry['kind'];
  state: EntryState;
  stateLabel: string;
  /** Site path of the paragraph in the notice. */
  href: string;
  linkText: string;
}

/** An entry as the pages list it, with its state on `today`. */
export function timelineRow(e: TimelineEntry, today: string, docNumber: string): TimelineRow {
  const state = entryState(e, today);
  return {
    id: e.id,
    span: formatSpan(e.from, e.to, e.precision),
    from: e.from ?? e.to,
    to: e.to,
    title: e.title,
    detail: e.detail,
    kind: e.kind,
    state,
    stateLabel: entryLabel(e, today),
    href: entryPath(e),
    linkText: `通知原文：${docNumber}${e.anchor ? `（${e.anchor}）` : ''}`,
  };
}
