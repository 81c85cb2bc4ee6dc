import { relative, sep } from 'node:path';
import type { ContentSet } from '../content/load';
import { validContent } from '../content/handover';
import { defaultOptions } from '../content/options';
import { aggregate, indexChildren, type Aggregation } from './progress';
import { ancestry } from './units';
import { LEVEL_ORDER } from '../words';
import type { CallResults, Campaign, RecordedCorrection, Notice, Plan, ProgressReport, Repair, Subproject, TimelineEntry, Unit, YearRecord } from '../../schemas';
import { unitNameIndex } from './results';
import { sharedCache } from './shared';
import { timed } from '../timings';

/**
 * The validated content, read once per build and indexed for the pages: the unit tree, shared by
 * every year, and one CampaignData per campaign year. Pages ask here for data and hand it to
 * components; nothing here renders. Every index is built once, so a page's lookups do not grow
 * with the number of units or years (the bench builds three years of 3,000 units).
 */

export interface NoticeItem {
  id: string;
  file: string;
  data: Notice;
}

/** A call of one year; its id is the same in every year that runs it. */
export interface CallItem {
  id: string;
  data: Subproject;
}

/** Everything of one campaign year. */
export interface CampaignData {
  campaign: Campaign;
  /** The year as addresses and filters write it ("2019"). */
  year: string;
  /** The latest year: the one `/` and the un-prefixed addresses show. */
  isCurrent: boolean;
  /** This year's notices, outermost level first, then by date. */
  notices: NoticeItem[];
  /** Allocation tables by their notice's id. */
  plans: Map<string, Plan>;
  planByUnit: Map<string, Plan>;
  /** This year's calls, in their order. */
  subprojects: CallItem[];
  subprojectById: Map<string, CallItem>;
  timeline: TimelineEntry[];
  timelineByUnit: Map<string, TimelineEntry[]>;
  /** Notices by the unit they were issued for. */
  noticesByUnit: Map<string, NoticeItem[]>;
  /** Calls by the units that organise them. */
  subprojectsByUnit: Map<string, CallItem[]>;
  progress: ProgressReport[];
  aggregation: Aggregation;
  /** What the organisers published after the calls closed, by call id (results/<call>.json). */
  results: Map<string, CallResults>;
  /** The year's figures and 优秀组织奖 (record.json), if added. */
  record?: YearRecord;
  /** Children of each unit that took part this year, in the order this year's allocation table prints them. */
  childrenOf: Map<string, Unit[]>;
  /** Units that took part this year: those its content names (tables, notices, dates, calls, reports) and every unit above them. */
  participants: Set<string>;
  repairs: Repair[];
  /** Facts of official text corrected by staff, as recorded in the corrected files' `corrections`. */
  corrections: RecordedCorrection[];
}

export interface SiteData {
  raw: ContentSet;
  units: Map<string, Unit>;
  /** The top of the unit tree (national). */
  rootUnit: Unit;
  /** Every campaign year, latest first. */
  campaigns: CampaignData[];
  /** The latest year. */
  current: CampaignData;
  byYear: Map<string, CampaignData>;
  /** Every notice of every year. */
  notices: NoticeItem[];
  noticeById: Map<string, NoticeItem>;
  /** Children of each unit, in the order of the latest allocation table that lists them; others after, in file order. */
  childrenOf: Map<string, Unit[]>;
  /** Every unit, top down (each unit before its children). */
  unitsInTreeOrder: Unit[];
  /** The tree's units by printed name (without 总工会), to link the units results name. */
  unitNames: Map<string, string[]>;
  sample: SampleMode;
}

export interface SampleMode {
  /** True when the build adds sample data (tests/fixtures) to content/: every page says so. */
  on: boolean;
  /** The sample folders, relative to the project. */
  dirs: string[];
}

/**
 * Whether this build shows sample data: folders PORTAL_SAMPLE_DIRS adds, or a content folder of the
 * tests' own (PORTAL_CONTENT_DIR=tests/fixtures/site): nothing read from tests/ is real.
 */
export function sampleMode(env: Record<string, string | undefined> = process.env, root = process.cwd()): SampleMode {
  const opts = defaultOptions(env, root);
  const rel = (d: string) => relative(root, d).split(sep).join('/') || '.';
  const fromTests = opts.contentDir !== undefined && /^tests\//.test(rel(opts.contentDir)) ? [rel(opts.contentDir)] : [];
  const dirs = [...fromTests, ...(opts.sampleDirs ?? []).map(rel)];
  return { on: dirs.length > 0, dirs };
}

function group<T>(items: readonly T[], key: (t: T) => string | readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    for (const one of typeof k === 'string' ? [k] : new Set(k)) {
      const list = out.get(one);
      if (list) list.push(item);
      else out.set(one, [item]);
    }
  }
  return out;
}

/** Children sorted as the given tables print them; those no table lists keep their order, after. */
function orderChildren(children: Map<string, Unit[]>, tableOf: (parent: string) => Plan | undefined): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  for (const [parent, list] of children) {
    const rows = tableOf(parent)?.rows;
    if (!rows) {
      out.set(parent, list);
      continue;
    }
    const rank = new Map(rows.map((r, i) => [r.unit, i]));
    out.set(
      parent,
      [...list].sort((a, b) => (rank.get(a.id) ?? rows.length) - (rank.get(b.id) ?? rows.length)),
    );
  }
  return out;
}

const byLevelThenDate = (a: NoticeItem, b: NoticeItem) =>
  LEVEL_ORDER.indexOf(a.data.level) - LEVEL_ORDER.indexOf(b.data.level) || a.data.issuedOn.localeCompare(b.data.issuedOn);

function campaignData(raw: ContentSet, campaign: Campaign, isCurrent: boolean, units: Map<string, Unit>, allChildren: Map<string, Unit[]>): CampaignData {
  const year = campaign.id;
  const mine = <T extends { campaign: string }>(x: T) => x.campaign === year;
  const notices = raw.notices
    .filter((e) => mine(e.data))
    .map((e) => ({ id: e.id, file: e.file, data: e.data }))
    .sort(byLevelThenDate);
  const planList = raw.plans.filter((e) => mine(e.data)).map((e) => e.data);
  const planByUnit = new Map(planList.map((p) => [p.unit, p]));
  const subprojects = raw.subprojects
    .filter((e) => mine(e.data))
    .map((e) => ({ id: e.id, data: e.data }))
    .sort((a, b) => a.data.order - b.data.order);
  const timeline = raw.timeline.filter((e) => mine(e.data)).map((e) => e.data);
  // Sample reports (tests/fixtures) stand apart from real ones: in a year that has any, they are the
  // year's figures, so an invented report never adds to a real one or clashes with it.
  const reports = raw.progress.filter((e) => mine(e.data));
  const progress = (reports.some((e) => e.sample) ? reports.filter((e) => e.sample) : reports).map((e) => e.data);
  // Sample results likewise: a year with any shows only them, never mixed with published ones.
  const published = [...raw.results, ...raw.records].filter((e) => mine(e.data));
  const sampleResults = published.some((e) => e.sample);
  const ours = (e: { sample?: boolean }) => !sampleResults || e.sample === true;
  const results = new Map(raw.results.filter((e) => mine(e.data) && ours(e)).map((e) => [e.id, e.data]));
  const record = raw.records.find((e) => mine(e.data) && ours(e))?.data;

  const named = new Set<string>([
    ...planList.flatMap((p) => [p.unit, ...p.rows.map((r) => r.unit)]),
    ...notices.map((n) => n.data.unit),
    ...timeline.map((t) => t.unit),
    ...subprojects.flatMap((s) => s.data.organisers.flatMap((o) => (o.unit ? [o.unit] : []))),
    ...progress.map((r) => r.unit),
  ]);
  const participants = new Set<string>();
  for (const id of named) for (const u of ancestry(units, id)) participants.add(u.id);

  const childrenOf = new Map<string, Unit[]>();
  for (const [parent, list] of orderChildren(allChildren, (p) => planByUnit.get(p))) {
    const taking = list.filter((u) => participants.has(u.id));
    if (taking.length > 0) childrenOf.set(parent, taking);
  }
  return {
    campaign,
    year,
    isCurrent,
    notices,
    plans: new Map(planList.map((p) => [p.notice, p])),
    planByUnit,
    subprojects,
    subprojectById: new Map(subprojects.map((s) => [s.id, s])),
    timeline,
    timelineByUnit: group(timeline, (t) => t.unit),
    noticesByUnit: group(notices, (n) => n.data.unit),
    subprojectsByUnit: group(subprojects, (s) => s.data.organisers.flatMap((o) => (o.unit ? [o.unit] : []))),
    progress,
    aggregation: aggregate([...units.values()], progress),
    results,
    ...(record ? { record } : {}),
    childrenOf,
    participants,
    repairs: raw.repairs.filter((e) => mine(e.data)).map((e) => e.data),
    corrections: raw.corrections.filter((e) => mine(e.data)).map((e) => e.data),
  };
}

let cached: SiteData | undefined;
/** By the validated content the gate handed over: the pages and the integrations of a build index it once. */
const byContent = sharedCache<ContentSet, SiteData>('siteData');

/** The site's data from the build's content (read once per build). */
export function siteData(): SiteData {
  if (cached) return cached;
  const raw = validContent();
  cached = byContent.get(raw);
  if (!cached) byContent.set(raw, (cached = timed('data preparation', () => buildSiteData(raw, sampleMode()))));
  return cached;
}

/** Indexes validated content for the pages. */
export function buildSiteData(raw: ContentSet, sample: SampleMode): SiteData {
  const sorted = [...raw.campaigns].map((e) => e.data).sort((a, b) => b.year - a.year);
  if (sorted.length === 0) throw new Error('content/campaigns/ 中没有活动：至少需要一年，如 campaigns/2019/campaign.json');
  const units = new Map(raw.units.map((e) => [e.id, e.data]));
  const rootUnit = raw.units.find((e) => e.data.parent === null)?.data;
  if (!rootUnit) throw new Error('content/units/ 中没有最上级单位（parent 为 null），如 national');

  const allChildren = indexChildren(units.values());
  const campaigns = sorted.map((c, i) => campaignData(raw, c, i === 0, units, allChildren));
  // The tree's order: the latest year whose table lists a unit's children decides.
  const childrenOf = orderChildren(allChildren, (parent) => campaigns.find((c) => c.planByUnit.has(parent))?.planByUnit.get(parent));
  const unitsInTreeOrder: Unit[] = [];
  const stack = [rootUnit];
  while (stack.length > 0) {
    const u = stack.pop()!;
    unitsInTreeOrder.push(u);
    const kids = childrenOf.get(u.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const notices = campaigns.flatMap((c) => c.notices);
  return {
    raw,
    units,
    rootUnit,
    campaigns,
    current: campaigns[0]!,
    byYear: new Map(campaigns.map((c) => [c.year, c])),
    notices,
    noticeById: new Map(notices.map((n) => [n.id, n])),
    childrenOf,
    unitsInTreeOrder,
    unitNames: unitNameIndex(units.values()),
    sample,
  };
}

/** The campaign data a year stands for; throws for a year the content does not hold (a build error). */
export function yearData(data: SiteData, year: string): CampaignData {
  const c = data.byYear.get(year);
  if (!c) throw new Error(`没有 ${year} 年的活动`);
  return c;
}

/** For a call id: the current year's call, or for a call the current year dropped, the latest year that had it. */
export function latestCall(data: SiteData, id: string): { year: CampaignData; call: CallItem } | undefined {
  for (const c of data.campaigns) {
    const call = c.subprojectById.get(id);
    if (call) return { year: c, call };
  }
  return undefined;
}

/** Every call of every year, as the params of /<year>/subprojects/<id>/ pages. */
export function yearCallParams(data: SiteData): { year: string; id: string }[] {
  return data.campaigns.flatMap((c) => c.subprojects.map((s) => ({ year: c.year, id: s.id })));
}

/** Every call id any year has, in the order of the latest year that has each. */
export function allCallIds(data: SiteData): string[] {
  return [...new Set(data.campaigns.flatMap((c) => c.subprojects.map((s) => s.id)))];
}
