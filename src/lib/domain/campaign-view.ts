import type { Campaign } from '../../schemas';
import { paths } from '../addresses';
import { toChineseNumeral } from '../formats/text';
import { byLevel } from './notices';
import { statedTargets, type TargetItem } from './plans';
import { scheduleView, type ScheduleView } from './schedule';
import type { CampaignData, CallItem, NoticeItem, SiteData } from './site';
import { guideGroups, type GuideGroup } from './subprojects';
import { yearTables } from './unit-view';
import { callsAttachment, contactGroups, type ContactGroup } from './contacts';
import { callResultsView, yearResultsView, type CallResultsView, type YearResultsView } from './results-view';

/**
 * What the pages of one campaign year show: its home (/ for the current year, /2019/ for each),
 * its calls, timeline and contacts. Every word that names the year or a count comes from the
 * content, through here.
 */

export interface YearLink {
  year: string;
  label: string;
  href: string;
  current: boolean;
}

/** Links to the same kind of page in every year, latest first (the page's own year marked). */
export function yearLinks(data: SiteData, pathOf: (year: string) => string | undefined, here: string): YearLink[] {
  return data.campaigns.flatMap((c) => {
    const href = pathOf(c.year);
    return href === undefined ? [] : [{ year: c.year, label: `${c.year}年`, href, current: c.year === here }];
  });
}

export interface CampaignHomeView {
  campaign: Campaign;
  year: string;
  /** 2019年“网聚职工正能量 争做中国好网民”主题活动 */
  heading: string;
  targets: TargetItem[];
  /** 全国“12351+”计划 */
  planHeading: string;
  planNote?: string;
  /** Progress against the plan, in words. */
  planSummary: string;
  schedule: ScheduleView;
  calls: CallItem[];
  guide: GuideGroup[];
  /** 七种参与方式 */
  callsHeading: string;
  noticeGroups: { label: string; notices: NoticeItem[] }[];
  /** Every other campaign year, latest first. */
  otherYears: YearLink[];
  /** Every campaign year's page, this one marked. */
  allYears: YearLink[];
  /** The phase the year is in and, once it is over, its record. */
  results: YearResultsView;
}

export function campaignHomeView(data: SiteData, year: CampaignData, today: string): CampaignHomeView {
  const c = year.campaign;
  const rootPlan = year.plans.get(c.rootNotice);
  const planChart = yearTables(data, year).get(data.rootUnit.id)?.planChart;
  return {
    campaign: c,
    year: year.year,
    heading: `${c.year}年“${c.title}”主题活动`,
    targets: rootPlan ? statedTargets(rootPlan.targets) : [],
    planHeading: `${data.rootUnit.name}${c.planName ? `“${c.planName}”` : ''}计划`,
    planNote: c.planNote,
    planSummary: planChart && planChart.reportedRows > 0 ? planChart.summary : '尚未上报：还没有进度报告，以上只是计划目标。',
    schedule: scheduleView(c, year.timeline, data.noticeById, today),
    calls: year.subprojects,
    guide: guideGroups(year.subprojects),
    callsHeading: `${toChineseNumeral(year.subprojects.length)}种参与方式`,
    noticeGroups: byLevel(year.notices),
    otherYears: yearLinks(data, (y) => (y === year.year ? undefined : paths.campaign(y)), year.year),
    allYears: yearLinks(data, (y) => paths.campaign(y), year.year),
    results: yearResultsView(data, year, today),
  };
}

export interface CallsIntro {
  /** The notice that lists the calls, and its attachment. */
  source?: { docNumber: string; href: string; attachment?: string };
  count: number;
  countWord: string;
}

/** How a year's list of calls introduces itself: which notice opens them, and how many there are. */
export function callsIntro(data: SiteData, year: CampaignData): CallsIntro {
  const root = data.noticeById.get(year.campaign.rootNotice);
  const attachment = callsAttachment(root);
  return {
    source: root ? { docNumber: root.data.docNumber, href: paths.notice(root.id, attachment), attachment } : undefined,
    count: year.subprojects.length,
    countWord: toChineseNumeral(year.subprojects.length),
  };
}

export interface CallPageView {
  year: string;
  campaignTitle: string;
  call: CallItem;
  notice?: NoticeItem;
  /** The call's section in its notice (the attachment that lists the calls). */
  sourceHref: string;
  /** 附件2 */
  sourceAttachment?: string;
  schedule: ScheduleView;
  /** The dates its own notice sets (the national phases), if any. */
  dates?: ScheduleView['groups'][number];
  contacts: ContactGroup;
  /** The same call in every year that ran it. */
  years: YearLink[];
  /** The year's own page of this call: the canonical address, and the one its poster's QR code holds. */
  canonical: string;
  /** What the organisers have published by the build's day, and the phase that puts the call in. */
  results: CallResultsView;
}

export function callPageView(data: SiteData, year: CampaignData, id: string, today: string): CallPageView {
  const call = year.subprojectById.get(id);
  if (!call) throw new Error(`${year.year} 年没有征集项目 ${id}`);
  const notice = data.noticeById.get(call.data.notice);
  const attachment = callsAttachment(notice);
  const schedule = scheduleView(year.campaign, year.timeline, data.noticeById, today);
  const contacts = contactGroups(year.notices, year.subprojects, year.year).find((g) => g.kind === 'subproject' && g.id === id);
  if (!contacts) throw new Error(`征集项目 ${id} 没有联系人分组`);
  return {
    year: year.year,
    campaignTitle: year.campaign.title,
    call,
    notice,
    sourceHref: paths.notice(call.data.notice, attachment),
    sourceAttachment: attachment,
    schedule,
    dates: schedule.groups.find((g) => g.notice === call.data.notice),
    contacts,
    years: yearLinks(data, (y) => (data.byYear.get(y)?.subprojectById.has(id) ? paths.subproject(id, y) : undefined), year.year),
    canonical: paths.subproject(id, year.year),
    results: callResultsView(data, year, call, today),
  };
}
