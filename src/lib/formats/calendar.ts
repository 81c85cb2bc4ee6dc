import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { TimelineEntry } from '../../schemas';
import { formatSpan } from './text';
import { nextDay } from '../domain/timeline';

/**
 * The timeline as an iCalendar file (RFC 5545) to add to a phone's calendar: one all-day
 * event per phase (first to last day) and per deadline (on its day, with a reminder three
 * days before). Built at build time by src/pages/timeline/[campaign].ics.ts.
 */

export interface CalendarEntry {
  entry: TimelineEntry;
  /** 全国 · 总工发〔2019〕17号 */
  source: string;
  /** Absolute address of the paragraph in the notice. */
  url: string;
}

export interface CalendarOptions {
  /** Calendar name shown by the phone. */
  name: string;
  /** Host of the site, for globally unique event ids. */
  host: string;
  /** DTSTAMP: when the information was issued (deterministic, unlike the build time). */
  stamp: string;
}

const dateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** 09:00 three days before an all-day deadline (which starts at 00:00): 63 hours before. */
const REMIND_HOURS_BEFORE = 63;

export function calendarEvents(items: readonly CalendarEntry[], opts: Pick<CalendarOptions, 'host' | 'stamp'>): EventAttributes[] {
  return items.map(({ entry: e, source, url }) => {
    const deadline = e.kind === 'deadline';
    const first = deadline ? e.to : (e.from ?? e.to);
    const asPrinted = formatSpan(e.from, e.to, e.precision);
    const lines = [
      e.detail,
      `通知原文：${asPrinted}${deadline ? '' : e.precision === 'month' ? '（按月写明，日历标出整月）' : ''}。`,
      `依据：${source}`,
      url,
    ].filter(Boolean);
    // `timestamp` (DTSTAMP) is read by ics but missing from its types; without it DTSTAMP is
    // the build time and every build would change the file.
    const event: EventAttributes & { timestamp: DateArray } = {
      uid: `${e.campaign}-${e.id}@${opts.host}`,
      title: `${deadline ? '截止：' : ''}${e.title}（${source}）`,
      description: lines.join('\n'),
      start: dateArray(first),
      end: dateArray(nextDay(e.to)),
      url,
      categories: [source.split(' · ')[0] ?? source],
      timestamp: [...dateArray(opts.stamp), 0, 0] as DateArray,
      transp: 'TRANSPARENT',
    };
    if (deadline)
      event.alarms = [{ action: 'display', description: `三天后截止：${e.title}`, trigger: { hours: REMIND_HOURS_BEFORE, before: true } }];
    return event;
  });
}

const encoder = new TextEncoder();

/**
 * Folds content lines longer than 75 octets (RFC 5545 3.1): the ics package does not, and
 * Chinese text passes 75 octets at 25 characters. A fold never splits a character.
 */
export function foldLines(ics: string): string {
  return ics
    .split('\r\n')
    .map((line) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let cur = '';
      let bytes = 0;
      for (const ch of line) {
        const n = encoder.encode(ch).length;
        // The first line holds 75 octets; continuation lines start with a space, so 74.
        if (bytes + n > (parts.length === 0 ? 75 : 74)) {
          parts.push(cur);
          cur = '';
          bytes = 0;
        }
        cur += ch;
        bytes += n;
      }
      parts.push(cur);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The .ics text; throws with the library's message if an event is invalid (a build error). */
export function buildCalendar(items: readonly CalendarEntry[], opts: CalendarOptions): string {
  const { error, value } = createEvents(calendarEvents(items, opts), {
    productId: '-//wangju-zhigong-portal//timeline//ZH',
    calName: opts.name,
    method: 'PUBLISH',
  });
  if (error || !value) throw new Error(`日历文件生成失败：${error?.message ?? '没有内容'}`);
  return foldLines(value);
}
