import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEntry } from '../../src/lib/formats/calendar';
import { loadValidContent } from '../../src/lib/content';
import { siteOptions } from '../content/helpers';

const content = loadValidContent(siteOptions());
const items: CalendarEntry[] = content.timeline.map((t) => ({
  entry: t.data,
  source: `来源 · ${t.data.notice}`,
  url: `https://example.org/notices/${t.data.notice}/${t.data.anchor ? `#${encodeURIComponent(t.data.anchor)}` : ''}`,
}));
const text = buildCalendar(items, { name: '2019 活动日程', host: 'example.org', stamp: '2019-08-02' });

/** The events as ical.js (an independent, kept parser) reads them. */
function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    cal,
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        allDay: e.startDate.isDate,
        url: v.getFirstPropertyValue('url'),
        alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      };
    }),
  };
}

describe('the timeline calendar (.ics)', () => {
  const { cal, events: ev } = events(text);

  it('parses, with a name and one event per timeline entry', () => {
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('2019 活动日程');
    expect(ev).toHaveLength(content.timeline.length);
    expect(new Set(ev.map((e) => e.uid)).size).toBe(ev.length);
  });

  it('a month-precision phase covers whole months, all day, end exclusive', () => {
    const launch = ev.find((e) => e.uid === '2019-national-launch@example.org')!;
    expect(launch).toMatchObject({ start: '2019-05-01', end: '2019-10-01', allDay: true });
    expect(launch.url).toBe('https://example.org/notices/zgf-2019-17/#%E4%B8%89');
  });

  it('a deadline is its day, with a reminder at 09:00 three days before', () => {
    const qz = ev.find((e) => e.uid === '2019-quanzhou-report@example.org')!;
    expect(qz).toMatchObject({ start: '2019-09-30', end: '2019-10-01', allDay: true });
    expect(qz.summary.startsWith('截止：')).toBe(true);
    expect(qz.alarms).toEqual(['-PT63H']);
    const fj = ev.find((e) => e.uid === '2019-fujian-report@example.org')!;
    expect(fj.start).toBe('2019-10-08');
  });

  it('is the same on every build', () => {
    expect(buildCalendar(items, { name: '2019 活动日程', host: 'example.org', stamp: '2019-08-02' })).toBe(text);
    expect(text).toContain('DTSTAMP:20190802T000000Z');
  });

  it('folds lines at 75 octets and uses CRLF', () => {
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  });
});

describe('foldLines', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the same text', async () => {
    const { foldLines } = await import('../../src/lib/formats/calendar');
    const long = `SUMMARY:${'截止'.repeat(40)}`;
    const folded = foldLines(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
  });
});
