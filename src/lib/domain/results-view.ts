import type { AwardGroup, Campaign, Organisation, Platform, ResultSource, Subproject, Work } from '../../schemas';
import { paths } from '../addresses';
import { formatChineseDate, formatCount, formatFull, formatMonthDay, toChineseNumeral } from '../formats/text';
import { approxFigure, AWARD_LEVEL_LABEL, entryStateLabel, LEVEL_LABEL, RESULTS_WORD } from '../words';
import { awardGroupsInOrder, callPhase, matchUnit, resultWorks, SHORTLIST_LEVEL, type CallPhase, type CallPhaseKind } from './results';
import type { CampaignData, CallItem, SiteData } from './site';
import { campaignStatus } from './timeline';
import { ancestry } from './units';

/**
 * What the pages show of the results, on the build's day: a call's phase and lists, a year's phase
 * and record, a unit's works and 优秀组织奖, and the tallies that let the tree be read by awards.
 * Only what is published by that day is shown; the rest waits for its date.
 */

/** A unit as a list prints it, linked where the tree holds it. */
export interface UnitLink {
  printed: string;
  id?: string;
  href?: string;
}

export interface WorkView {
  title: string;
  authors: string[];
  unit: UnitLink;
}

export interface SourceView {
  title: string;
  publisher?: string;
  url?: string;
  /** 2019年10月10日 */
  date?: string;
}

export interface AwardGroupView {
  level: AwardGroup['level'];
  /** As the list names it (十佳微视频), else the level's usual name. */
  heading: string;
  works: WorkView[];
}

export interface VoteView {
  /** 2019年10月12日—2019年10月20日 */
  span: string;
  from: string;
  to: string;
  state: 'upcoming' | 'current' | 'past';
  /** As a deadline says it: 还有 5 天截止, 今天截止, 已截止; before it starts, 还有 N 天开始. */
  stateLabel: string;
  platforms: Platform[];
  how?: string;
  scoring?: string;
  source?: SourceView;
}

/** Where a call's results are published: its organisers on their platforms, and the notice's showcase. */
export interface WhereView {
  organisers: string;
  platforms: Platform[];
  showcase?: ShowcaseView;
}

export interface ShowcaseView {
  platforms: string[];
  /** 全国通知 */
  noticeLabel: string;
  docNumber: string;
  /** The notice's paragraph that names them. */
  href: string;
  anchor?: string;
}

export interface CallResultsView {
  year: string;
  /** The build's day, which the phase is of. */
  today: string;
  phase: CallPhaseKind;
  /** 入围名单已公布 / 投票中，至10月20日 / 评选结果已公布; empty while the call takes works. */
  headline: string;
  lines: string[];
  shortlist?: { date: string; source: SourceView; works: WorkView[] };
  vote?: VoteView;
  awards?: { date: string; source: SourceView; groups: AwardGroupView[]; organisations: UnitLink[] };
  where: WhereView;
  /** The titles published so far: the call's page is the page about them (search). */
  keywords: string[];
  /** The year's downloads, once anything is published. */
  files?: { csv: string; json: string };
}

const PHASE_HEADLINE: Record<CallPhaseKind, string> = {
  submitting: '',
  awaiting: '评选结果尚未添加到本站',
  shortlisted: '入围名单已公布',
  voting: '投票中',
  counting: '投票已结束',
  awarded: '评选结果已公布',
};

export function linkUnit(data: SiteData, u: Pick<Organisation, 'unit' | 'unitId'>): UnitLink {
  const m = matchUnit(u.unit, u.unitId, data.unitNames, (id) => data.units.has(id));
  return m.kind === 'id' || m.kind === 'name' ? { printed: u.unit, id: m.id, href: paths.unit(m.id, data.rootUnit.id) } : { printed: u.unit };
}

const workView = (data: SiteData, w: Work): WorkView => ({ title: w.title, authors: w.authors, unit: linkUnit(data, w) });

const sourceView = (s: ResultSource, date?: string): SourceView => ({ ...s, ...(date ? { date: formatChineseDate(date) } : {}) });

function voteView(phase: CallPhase, today: string): VoteView | undefined {
  const v = phase.vote;
  const state = phase.voteState;
  if (!v || !state) return undefined;
  // From its first day a vote reads as a deadline does: 还有 N 天截止, 今天截止, 已截止.
  const stateLabel =
    state === 'upcoming'
      ? `还有 ${phase.voteDaysToStart ?? 0} 天开始`
      : state === 'current' && today < v.to
        ? entryStateLabel('deadline', 'upcoming', phase.voteDaysLeft)
        : entryStateLabel('deadline', state);
  return {
    span: v.from === v.to ? formatChineseDate(v.to) : `${formatChineseDate(v.from)}—${formatChineseDate(v.to)}`,
    from: v.from,
    to: v.to,
    state,
    stateLabel,
    platforms: v.platforms,
    ...(v.how ? { how: v.how } : {}),
    ...(v.scoring ? { scoring: v.scoring } : {}),
    ...(v.source ? { source: sourceView(v.source) } : {}),
  };
}

/** Whether a year's campaign is over on `today` (its last phase and deadline behind it). */
export function yearEnded(year: CampaignData, today: string): boolean {
  return campaignStatus(year.campaign, year.timeline, today).state === 'ended';
}

/** Each call's phase on `today`, worked out once per year and day. */
const phaseCache = new WeakMap<CampaignData, Map<string, Map<string, CallPhase>>>();
export function callPhases(year: CampaignData, today: string): Map<string, CallPhase> {
  let byDay = phaseCache.get(year);
  if (!byDay) phaseCache.set(year, (byDay = new Map()));
  let out = byDay.get(today);
  if (!out) {
    const ended = yearEnded(year, today);
    out = new Map(year.subprojects.map((s) => [s.id, callPhase(year.results.get(s.id), today, ended)]));
    byDay.set(today, out);
  }
  return out;
}

/** The year's 优秀组织奖 of the whole year, when published by `today`. */
export function yearOrganisations(year: CampaignData, today: string) {
  const o = year.record?.organisations;
  return o && o.publishedOn <= today ? o : undefined;
}

/** The year's figures published by `today`. */
export function yearFigures(year: CampaignData, today: string) {
  return (year.record?.figures ?? []).filter((f) => f.publishedOn <= today);
}

/** Whether anything of the year's results is out on `today`. */
export function anyPublished(year: CampaignData, today: string): boolean {
  return [...callPhases(year, today).values()].some((p) => p.shortlist || p.vote || p.awards) || !!yearOrganisations(year, today) || yearFigures(year, today).length > 0;
}

export function showcaseView(data: SiteData, campaign: Campaign): ShowcaseView | undefined {
  const s = campaign.showcase;
  const n = s && data.noticeById.get(s.notice);
  if (!s || !n) return undefined;
  return { platforms: s.platforms, noticeLabel: `${LEVEL_LABEL[n.data.level]}通知`, docNumber: n.data.docNumber, href: paths.notice(n.id, s.anchor), ...(s.anchor ? { anchor: s.anchor } : {}) };
}

function whereView(data: SiteData, year: CampaignData, call: Subproject): WhereView {
  const showcase = showcaseView(data, year.campaign);
  return { organisers: call.organisers.map((o) => o.name).join('、'), platforms: call.platforms, ...(showcase ? { showcase } : {}) };
}

/** How many of each award, in words: 一等奖 1 件、二等奖 2 件. */
function groupCounts(groups: readonly AwardGroupView[]): string {
  return groups.map((g) => `${g.heading} ${g.works.length} 件`).join('、');
}

/** A call's results as its page shows them on `today`. */
export function callResultsView(data: SiteData, year: CampaignData, call: CallItem, today: string): CallResultsView {
  const phase = callPhases(year, today).get(call.id) ?? callPhase(undefined, today, yearEnded(year, today));
  const vote = voteView(phase, today);
  const groups = awardGroupsInOrder(phase.awards?.groups ?? []).map((g) => ({
    level: g.level,
    heading: g.name ?? AWARD_LEVEL_LABEL[g.level],
    works: g.works.map((w) => workView(data, w)),
  }));
  const lines: string[] = [];
  const s = phase.shortlist;
  const a = phase.awards;
  let headline = PHASE_HEADLINE[phase.kind];
  switch (phase.kind) {
    case 'awaiting':
      lines.push(`本项目的入围名单和获奖名单还没有添加到本站。结果由承办单位公布，公布后本站会尽快添加。`);
      break;
    case 'shortlisted':
      if (s) lines.push(`${formatChineseDate(s.publishedOn)}公布，共 ${s.works.length} 件作品入围。`);
      if (vote?.state === 'upcoming') lines.push(`网络投票${formatMonthDay(vote.from)}开始，至${formatMonthDay(vote.to)}（${vote.stateLabel}）。`);
      else lines.push('获奖名单公布后，本站会在这里列出。');
      break;
    case 'voting':
      if (vote) {
        headline = `投票中，至${formatMonthDay(vote.to)}`;
        lines.push(`网络投票${formatChineseDate(vote.from)}开始，${vote.stateLabel}。投票入口见下面的“${RESULTS_WORD.vote}”。`);
      }
      break;
    case 'counting':
      if (vote) lines.push(`网络投票已于${formatChineseDate(vote.to)}结束。获奖名单还没有添加到本站；承办单位公布后，本站会尽快添加。`);
      break;
    case 'awarded':
      if (a)
        lines.push(
          `${formatChineseDate(a.publishedOn)}公布${groups.length > 0 ? `：${groupCounts(groups)}` : ''}${a.organisations.length > 0 ? `${groups.length > 0 ? '；' : '：'}${RESULTS_WORD.organisation} ${a.organisations.length} 个单位` : ''}。`,
        );
      break;
    case 'submitting':
      break;
  }
  const published = phase.shortlist || phase.vote || phase.awards;
  return {
    year: year.year,
    today,
    phase: phase.kind,
    headline,
    lines,
    ...(s ? { shortlist: { date: formatChineseDate(s.publishedOn), source: sourceView(s.source, s.publishedOn), works: s.works.map((w) => workView(data, w)) } } : {}),
    ...(vote ? { vote } : {}),
    ...(a ? { awards: { date: formatChineseDate(a.publishedOn), source: sourceView(a.source, a.publishedOn), groups, organisations: a.organisations.map((o) => linkUnit(data, o)) } } : {}),
    where: whereView(data, year, call.data),
    keywords: [...new Set(resultWorks(phase).map((r) => r.work.title))],
    ...(published ? { files: { csv: paths.resultsFile(year.year, 'csv'), json: paths.resultsFile(year.year, 'json') } } : {}),
  };
}

/** A published figure as such reports print it: 357万 where it is whole ten-thousands, else 12,000. */
export function figureNumber(n: number): string {
  return n >= 1e5 && n % 1e4 === 0 ? formatCount(n) : formatFull(n);
}

export interface FigureView {
  label: string;
  /** As published: 9,000余件 */
  text: string;
  value: number;
  source: SourceView;
}

export interface YearCallLine {
  id: string;
  title: string;
  shortName: string;
  href: string;
  phase: CallPhaseKind;
  /** 入围名单已公布 / 投票中，至10月20日（还有 5 天截止） */
  status: string;
  /** The call's highest award group (its winners), when the awards are out. */
  winners?: AwardGroupView;
  /** Works awarded beyond that group. */
  moreAwarded: number;
  /** Where its organisers publish. */
  where: WhereView;
}

export interface YearResultsView {
  year: string;
  ended: boolean;
  /** Anything published on the build's day. */
  published: boolean;
  headline: string;
  lines: string[];
  calls: YearCallLine[];
  figures: FigureView[];
  organisations?: { date: string; source: SourceView; units: UnitLink[] };
  showcase?: ShowcaseView;
  files?: { csv: string; json: string };
  figureFiles?: { csv: string; json: string };
}

/** A year's phase and, once it is over, its record: figures with sources, each call's winners, 优秀组织奖. */
export function yearResultsView(data: SiteData, year: CampaignData, today: string): YearResultsView {
  const ended = yearEnded(year, today);
  const phases = callPhases(year, today);
  const calls = year.subprojects.map((call): YearCallLine => {
    const v = callResultsView(data, year, call, today);
    const status =
      v.phase === 'submitting'
        ? '还没有入围或获奖名单'
        : v.phase === 'voting' && v.vote
          ? `${v.headline}（${v.vote.stateLabel}）`
          : v.phase === 'shortlisted' && v.vote?.state === 'upcoming'
            ? `${v.headline}；网络投票${formatMonthDay(v.vote.from)}开始`
            : v.headline;
    const groups = v.awards?.groups.filter((g) => g.level !== SHORTLIST_LEVEL) ?? [];
    const total = groups.reduce((n, g) => n + g.works.length, 0);
    return {
      id: call.id,
      title: call.data.title,
      shortName: call.data.shortName,
      href: paths.subproject(call.id, year.year),
      phase: v.phase,
      status,
      ...(groups[0] ? { winners: groups[0] } : {}),
      moreAwarded: total - (groups[0]?.works.length ?? 0),
      where: v.where,
    };
  });
  const figures = yearFigures(year, today).map((f) => ({
    label: f.label,
    text: approxFigure(figureNumber(f.value), f.unit, f.approx),
    value: f.value,
    source: sourceView(f.source, f.publishedOn),
  }));
  const o = yearOrganisations(year, today);
  const published = anyPublished(year, today);
  const moving = [...phases.values()].filter((p) => p.kind !== 'submitting' && p.kind !== 'awaiting').length;
  const awarded = [...phases.values()].filter((p) => p.kind === 'awarded').length;
  const headline = ended
    ? published
      ? `${year.year}年活动已经结束，以下是本年的评选结果`
      : `${year.year}年的评选结果尚未添加到本站`
    : moving > 0
      ? '评选进行中'
      : '征集进行中';
  const lines: string[] = [];
  if (ended && published)
    lines.push(
      `${toChineseNumeral(year.subprojects.length)}项征集中，${awarded === year.subprojects.length ? '每一项' : `${toChineseNumeral(awarded)}项`}的获奖名单已添加到本站${awarded < year.subprojects.length ? '；其余各项的情况见下' : ''}。`,
    );
  else if (ended) lines.push('各项征集的入围名单、投票和获奖名单由承办单位公布，还没有添加到本站；公布后本站会尽快添加。');
  else if (moving > 0) lines.push('部分征集已经公布入围名单或开始投票，各项目的情况如下。');
  else lines.push('征集结束后，各承办单位评选并公布入围名单和获奖名单，部分项目组织网络投票；本站收到后会在这里和各征集项目的页面上列出。');
  const showcase = showcaseView(data, year.campaign);
  return {
    year: year.year,
    ended,
    published,
    headline,
    lines,
    calls,
    figures,
    ...(o ? { organisations: { date: formatChineseDate(o.publishedOn), source: sourceView(o.source, o.publishedOn), units: o.units.map((u) => linkUnit(data, u)) } } : {}),
    ...(showcase ? { showcase } : {}),
    ...(published ? { files: { csv: paths.resultsFile(year.year, 'csv'), json: paths.resultsFile(year.year, 'json') } } : {}),
    ...(figures.length > 0 ? { figureFiles: { csv: paths.figuresFile(year.year, 'csv'), json: paths.figuresFile(year.year, 'json') } } : {}),
  };
}

/** A unit's results in a year: counts of awarded and shortlisted works and 优秀组织奖. */
export interface ResultTally {
  awarded: number;
  shortlisted: number;
  organisations: number;
}

const emptyTally = (): ResultTally => ({ awarded: 0, shortlisted: 0, organisations: 0 });
const add = (a: ResultTally, b: ResultTally) => {
  a.awarded += b.awarded;
  a.shortlisted += b.shortlisted;
  a.organisations += b.organisations;
};

export interface UnitResultItem {
  /** The order of the lists: call by call, each as published (awards by level, then the shortlist). */
  seq: number;
  call: { id: string; shortName: string; href: string };
  work: WorkView;
  /** 一等奖, 入围 … as the list names it. */
  result: string;
  awarded: boolean;
}

export interface UnitOrganisationItem {
  seq: number;
  /** The call that named it, or none for the year's own. */
  call?: { id: string; shortName: string; href: string };
  unit: UnitLink;
  date: string;
}

interface YearIndex {
  /** Own tallies by unit id. */
  own: Map<string, ResultTally>;
  /** Own and every unit's below. */
  branch: Map<string, ResultTally>;
  works: Map<string, UnitResultItem[]>;
  organisations: Map<string, UnitOrganisationItem[]>;
}

/** Every published work and 优秀组织奖 of a year, by the tree unit it names (printed names the tree lacks are not counted). */
const indexCache = new WeakMap<CampaignData, Map<string, YearIndex>>();
function yearIndex(data: SiteData, year: CampaignData, today: string): YearIndex {
  let byDay = indexCache.get(year);
  if (!byDay) indexCache.set(year, (byDay = new Map()));
  const cached = byDay.get(today);
  if (cached) return cached;
  const own = new Map<string, ResultTally>();
  const works = new Map<string, UnitResultItem[]>();
  const organisations = new Map<string, UnitOrganisationItem[]>();
  const tally = (id: string) => {
    let t = own.get(id);
    if (!t) own.set(id, (t = emptyTally()));
    return t;
  };
  const push = <T>(m: Map<string, T[]>, id: string, item: T) => {
    const list = m.get(id);
    if (list) list.push(item);
    else m.set(id, [item]);
  };
  const phases = callPhases(year, today);
  let seq = 0;
  for (const call of year.subprojects) {
    const phase = phases.get(call.id);
    if (!phase) continue;
    const ref = { id: call.id, shortName: call.data.shortName, href: paths.subproject(call.id, year.year) };
    for (const r of resultWorks(phase)) {
      const work = workView(data, r.work);
      if (!work.unit.id) continue;
      const awarded = r.level !== SHORTLIST_LEVEL;
      tally(work.unit.id)[awarded ? 'awarded' : 'shortlisted']++;
      push(works, work.unit.id, { seq: seq++, call: ref, work, result: r.levelName ?? AWARD_LEVEL_LABEL[r.level], awarded });
    }
    for (const o of phase.awards?.organisations ?? []) {
      const unit = linkUnit(data, o);
      if (!unit.id) continue;
      tally(unit.id).organisations++;
      push(organisations, unit.id, { seq: seq++, call: ref, unit, date: formatChineseDate(phase.awards!.publishedOn) });
    }
  }
  const o = yearOrganisations(year, today);
  for (const u of o?.units ?? []) {
    const unit = linkUnit(data, u);
    if (!unit.id) continue;
    tally(unit.id).organisations++;
    push(organisations, unit.id, { seq: seq++, unit, date: formatChineseDate(o!.publishedOn) });
  }
  const branch = new Map<string, ResultTally>();
  for (const [id, t] of own)
    for (const u of ancestry(data.units, id)) {
      let b = branch.get(u.id);
      if (!b) branch.set(u.id, (b = emptyTally()));
      add(b, t);
    }
  const index = { own, branch, works, organisations };
  byDay.set(today, index);
  return index;
}

/** A unit's and its branch's tallies in a year (zero where nothing is published). */
export function unitTally(data: SiteData, year: CampaignData, unitId: string, today: string): { own: ResultTally; branch: ResultTally } {
  const i = yearIndex(data, year, today);
  return { own: i.own.get(unitId) ?? emptyTally(), branch: i.branch.get(unitId) ?? emptyTally() };
}

export const tallyIsEmpty = (t: ResultTally) => t.awarded + t.shortlisted + t.organisations === 0;

/** 获奖 3 件、入围 2 件、优秀组织奖 1 项 (only the counts that are not zero). */
export function tallyText(t: ResultTally): string {
  return [
    t.awarded > 0 ? `${RESULTS_WORD.awarded} ${t.awarded} 件` : '',
    t.shortlisted > 0 ? `${RESULTS_WORD.shortlisted} ${t.shortlisted} 件` : '',
    t.organisations > 0 ? `${RESULTS_WORD.organisation} ${t.organisations} 项` : '',
  ]
    .filter(Boolean)
    .join('、');
}

export interface UnitResultsView {
  year: string;
  /** Anything of the year published (so that a unit without results can say so). */
  published: boolean;
  /** The unit's own works first, then those of the units below it, each call in order. */
  works: (UnitResultItem & { own: boolean })[];
  organisations: (UnitOrganisationItem & { own: boolean })[];
  /** Each unit directly below that took part that year, with its branch's tally. */
  children: { id: string; name: string; href: string; tally: ResultTally }[];
  branch: ResultTally;
  /** The whole branch is too long to list (the top of the tree): the call pages list it. */
  listed: boolean;
}

/** What a unit's page shows of a year's results: its own and its branch's works and 优秀组织奖, and its children's tallies. */
export function unitResultsView(data: SiteData, year: CampaignData, unitId: string, today: string): UnitResultsView {
  const i = yearIndex(data, year, today);
  const below = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    below.add(id);
    for (const c of data.childrenOf.get(id) ?? []) stack.push(c.id);
  }
  const inBranch = <T extends { seq: number }>(m: Map<string, T[]>) =>
    [...below].flatMap((id) => (m.get(id) ?? []).map((x) => ({ ...x, own: id === unitId }))).sort((a, b) => a.seq - b.seq);
  const listed = unitId !== data.rootUnit.id;
  return {
    year: year.year,
    published: anyPublished(year, today),
    works: listed ? inBranch(i.works) : [],
    organisations: listed ? inBranch(i.organisations) : [],
    children: (year.childrenOf.get(unitId) ?? []).map((c) => ({ id: c.id, name: c.name, href: paths.unit(c.id, data.rootUnit.id), tally: i.branch.get(c.id) ?? emptyTally() })),
    branch: i.branch.get(unitId) ?? emptyTally(),
    listed,
  };
}

/** The years with results out on `today` (each has its results download). */
export function resultYears(data: SiteData, today: string): string[] {
  return data.campaigns.filter((c) => anyPublished(c, today)).map((c) => c.year);
}

/** The years with figures out on `today`. */
export function figureYears(data: SiteData, today: string): string[] {
  return data.campaigns.filter((c) => yearFigures(c, today).length > 0).map((c) => c.year);
}
