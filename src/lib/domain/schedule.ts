import type { Campaign, Notice, NoticeLevel, TimelineEntry } from '../../schemas';
import { LEVEL_LABEL, LEVEL_ORDER } from '../words';
import { campaignStatus, describeStatus, timelineByLevel, timelineRow, type StatusText, type TimelineRow } from './timeline';

/** The timeline of one campaign as /timeline/ and the home page show it, on a given day. */
export interface ScheduleView {
  today: string;
  status: StatusText;
  groups: { level: NoticeLevel; notice: string; heading: string; issuers: string[]; rows: TimelineRow[] }[];
  /** Every row in date order, for the compact timeline. */
  rows: (TimelineRow & { levelLabel: string })[];
}

export function scheduleView(
  campaign: Campaign,
  timeline: readonly TimelineEntry[],
  notices: ReadonlyMap<string, { data: Pick<Notice, 'level' | 'docNumber' | 'issuers'> }>,
  today: string,
): ScheduleView {
  // Only this campaign's entries, whatever the caller passes; outermost level first (what is under
  // way today is said in that order), then in the order the files list them.
  const rank = (e: TimelineEntry) => LEVEL_ORDER.indexOf(notices.get(e.notice)?.data.level ?? 'county');
  const entries = timeline.filter((e) => e.campaign === campaign.id).sort((a, b) => rank(a) - rank(b));
  const source = (e: TimelineEntry) => {
    const n = notices.get(e.notice)?.data;
    return n ? `${LEVEL_LABEL[n.level]}（${n.docNumber}）` : e.notice;
  };
  const status = describeStatus(campaignStatus(campaign, entries, today), (e) => `${source(e)}${e.title}`);
  const groups = timelineByLevel(entries, (id) => notices.get(id)?.data.level).map((g) => {
    const n = notices.get(g.notice)!.data;
    return {
      level: g.level,
      notice: g.notice,
      heading: `${LEVEL_LABEL[g.level]} · ${n.docNumber}`,
      issuers: n.issuers,
      rows: g.entries.map((e) => timelineRow(e, today, n.docNumber)),
    };
  });
  const rows = groups
    .flatMap((g) => g.rows.map((r) => ({ ...r, levelLabel: LEVEL_LABEL[g.level] })))
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { today, status, groups, rows };
}
