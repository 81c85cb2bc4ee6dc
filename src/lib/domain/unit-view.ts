import type { Campaign, Contact, Notice, TimelineEntry, Unit } from '../../schemas';
import { paths } from '../addresses';
import { childrenChart, planChart, yearsChart, type ChartModel, type UnitRef } from '../charts/model';
import { formatSpan } from '../formats/text';
import { AUDIENCE_OF_ENTRY, LEVEL_LABEL, UNIT_KIND_LABEL } from '../words';
import { MEASURES, type Measure, type UnitProgress } from './progress';
import type { CampaignData, SiteData } from './site';
import { unitTargets, type UnitTarget } from './targets';
import { entryLabel, entryState, type EntryState } from './timeline';
import { ancestry } from './units';
import { anyPublished, unitResultsView, unitTally, type ResultTally, type UnitResultsView } from './results-view';
import { sharedCache } from './shared';
import { timed } from '../timings';

/**
 * Everything a unit's page shows, year by year, gathered from the indexes of SiteData: each
 * lookup is by key, so a page costs the same whether the tree has 59 units or 3,000.
 */

export interface NoticeRefView {
  id: string;
  docNumber: string;
  title: string;
  levelLabel: string;
  issuers: string[];
  issuedOn: string;
  /** The unit the notice was issued for (its page). */
  forUnit: UnitRef;
}

export interface TargetView extends UnitTarget {
  /** `anchor`: the attachment that holds the allocation table (附件1). */
  sources: { notice: NoticeRefView; kind: 'plan' | 'allocation'; anchor?: string }[];
}

export interface DeadlineView {
  entry: TimelineEntry;
  span: string;
  state: EntryState;
  stateLabel: string;
  notice?: NoticeRefView;
  /** The unit whose notice sets it. */
  setBy: UnitRef;
  /** Whom it binds, in words (本级及以下各单位, 直属下级单位). */
  audience: string;
  /** True on the page of the unit that set it for the units below it: not its own deadline. */
  forChildren: boolean;
}

export interface ChildView {
  unit: Unit;
  href: string;
  status: UnitProgress['status'];
  childCount: number;
  /** Its branch's results in the current year, where any are published. */
  results?: ResultTally;
}

export interface CallRef {
  id: string;
  title: string;
  shortName: string;
  numeral: string;
  /** The call's page of that year. */
  href: string;
}

/** What a unit's page shows of one campaign year it took part in. */
export interface UnitYearView {
  year: string;
  campaign: Campaign;
  /** The notices of that year that apply, nearest first: the unit's own, then its parent's, up to the national one. */
  notices: NoticeRefView[];
  targets: TargetView[];
  /** Only the phases and deadlines addressed to this unit (or, marked, the ones it set for the units below it). */
  deadlines: DeadlineView[];
  /** Contacts printed in the notices that apply, nearest notice first. */
  contacts: { notice: NoticeRefView; contacts: Contact[] }[];
  /** The calls it organised that year. */
  subprojects: CallRef[];
  progress: UnitProgress | undefined;
  planChart?: ChartModel;
  childCharts: ChartModel[];
  /** The units below it that took part that year. */
  children: ChildView[];
  /** Its own and its branch's shortlisted and awarded works and 优秀组织奖 that year. */
  results: UnitResultsView;
}

/** What a unit's page says of a year before its latest: its results and its tables to download (its figures are in the year-by-year table). */
export interface UnitYearSummary {
  year: string;
  campaign: Campaign;
  /** Its table and its children's tables that year: each is a download away. */
  tables: ChartModel[];
  /** Its branch's results that year, where anything of the year is published. */
  results?: ResultTally;
}

export interface UnitView {
  unit: Unit;
  ref: UnitRef;
  isRoot: boolean;
  kindLabel: string;
  parent?: UnitRef;
  /** Top of the tree first, the unit itself last (without a link). */
  breadcrumb: { href?: string; label: string }[];
  /** Each year the unit took part in, latest first. */
  years: string[];
  /** The latest of them, in full. */
  latest?: UnitYearView;
  /**
   * The years before it, summarised: a page that held every year in full would grow by a year's
   * tables every year (ten years of a city's tables are over 100 KB). Their tables are downloads,
   * their notices, dates and contacts on each year's own pages.
   */
  earlier: UnitYearSummary[];
  /** With two or more years: its targets and figures year by year. */
  yearsChart?: ChartModel;
  /** Every unit directly below it in the tree, with the current year's report status. */
  children: ChildView[];
  /** The whole branch below it as a tree, where it has more than one level and is small enough to list on one page. */
  tree?: TreeNode[];
}

function ref(u: Unit, rootId: string): UnitRef {
  return { id: u.id, name: u.name, href: paths.unit(u.id, rootId) };
}

function noticeRef(data: SiteData, n: { id: string; data: Notice }): NoticeRefView {
  const u = data.units.get(n.data.unit);
  return {
    id: n.id,
    docNumber: n.data.docNumber,
    title: n.data.title,
    levelLabel: LEVEL_LABEL[n.data.level],
    issuers: n.data.issuers,
    issuedOn: n.data.issuedOn,
    forUnit: u ? ref(u, data.rootUnit.id) : { id: n.data.unit, name: n.data.unit },
  };
}

/** Targets of a unit in a year: computed once per build (children tables ask for them again). */
const targetCache = new WeakMap<CampaignData, Map<string, UnitTarget[]>>();
export function targetsOf(year: CampaignData, unit: Unit): UnitTarget[] {
  let cache = targetCache.get(year);
  if (!cache) targetCache.set(year, (cache = new Map()));
  let t = cache.get(unit.id);
  if (!t) cache.set(unit.id, (t = unitTargets(unit.id, unit.parent, year.planByUnit)));
  return t;
}

/** Which measures a children table shows: the parent plan's allocation columns, and any a child reported. */
export function childMeasures(year: CampaignData, unit: Unit, children: readonly Unit[]): Measure[] {
  const order: Measure[] = year.planByUnit.get(unit.id)?.columns.map((c) => c.key) ?? [];
  const columns = new Set(order);
  const reported = MEASURES.filter((m) => !columns.has(m) && children.some((c) => year.aggregation.byUnit.get(c.id)?.figures[m] !== undefined));
  // The allocated measures first, in the table's order: they are what the parent's notice asks of its children.
  return [...order, ...reported];
}

/**
 * Whether a phase or deadline set by the unit `steps` levels above binds this unit (steps 0: its
 * own notice). A deadline Fujian sets for 设区市 binds the cities, not their districts.
 */
function binds(entry: TimelineEntry, steps: number): boolean {
  if (entry.appliesTo === 'branch') return true;
  if (entry.appliesTo === 'children') return steps === 1;
  return steps === 0;
}

function childViews(data: SiteData, year: CampaignData, kids: readonly Unit[], today?: string): ChildView[] {
  const published = today !== undefined && anyPublished(year, today);
  return kids.map((c) => ({
    unit: c,
    href: paths.unit(c.id, data.rootUnit.id),
    status: year.aggregation.byUnit.get(c.id)?.status ?? 'none',
    childCount: data.childrenOf.get(c.id)?.length ?? 0,
    ...(published ? { results: unitTally(data, year, c.id, today).branch } : {}),
  }));
}

/** A unit's tables in one year, and what they are made of. */
export interface UnitYearTables {
  ref: UnitRef;
  targets: UnitTarget[];
  progress: UnitProgress | undefined;
  planChart?: ChartModel;
  childCharts: ChartModel[];
}

const tablesCache = sharedCache<CampaignData, Map<string, UnitYearTables>>('yearTables');

/**
 * Every unit's tables of a year (its figures against its targets, its children's figures), in tree
 * order: worked out once per year for the unit pages, the year's downloads and /data/, not once
 * per page. Tables of the latest year and of every year before it are the same data.
 */
export function yearTables(data: SiteData, year: CampaignData): Map<string, UnitYearTables> {
  const cached = tablesCache.get(year);
  if (cached) return cached;
  const out = new Map<string, UnitYearTables>();
  timed('data preparation', () => prepareTables(data, year, out));
  tablesCache.set(year, out);
  return out;
}

function prepareTables(data: SiteData, year: CampaignData, out: Map<string, UnitYearTables>): void {
  const rootId = data.rootUnit.id;
  for (const unit of data.unitsInTreeOrder) {
    if (!year.participants.has(unit.id)) continue;
    const self = ref(unit, rootId);
    const targets = targetsOf(year, unit);
    const progress = year.aggregation.byUnit.get(unit.id);
    const kids = year.childrenOf.get(unit.id) ?? [];
    const childInputs = kids.map((c) => ({ unit: ref(c, rootId), targets: targetsOf(year, c), progress: year.aggregation.byUnit.get(c.id) }));
    const allocated = new Set<Measure>(year.planByUnit.get(unit.id)?.columns.map((c) => c.key) ?? []);
    const childCharts = kids.length === 0 ? [] : childMeasures(year, unit, kids).map((m) => childrenChart(year.year, self, m, childInputs, !allocated.has(m)));
    out.set(unit.id, { ref: self, targets, progress, planChart: planChart(year.year, self, targets, progress), childCharts });
  }
}

/** A unit's tables in a year it took part in. */
function tablesOf(data: SiteData, year: CampaignData, unitId: string): UnitYearTables {
  const t = yearTables(data, year).get(unitId);
  if (!t) throw new Error(`${unitId} 没有参加 ${year.year} 年的活动`);
  return t;
}

function yearView(data: SiteData, year: CampaignData, unit: Unit, up: readonly Unit[], today: string): UnitYearView {
  const rootId = data.rootUnit.id;
  const notices = up.flatMap((u) =>
    (year.noticesByUnit.get(u.id) ?? []).slice().sort((a, b) => b.data.issuedOn.localeCompare(a.data.issuedOn)).map((n) => noticeRef(data, n)),
  );
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const anyNotice = (nid: string) => {
    const known = noticeById.get(nid);
    if (known) return known;
    const n = data.noticeById.get(nid);
    return n ? noticeRef(data, n) : undefined;
  };

  const tables = tablesOf(data, year, unit.id);
  const targets: TargetView[] = tables.targets.map((t) => ({
    ...t,
    sources: t.setBy.flatMap((s) => {
      const n = anyNotice(s.notice);
      if (!n) return [];
      const table = data.noticeById.get(s.notice)?.data.attachments.find((a) => a.kind === 'plan');
      return [{ notice: n, kind: s.kind, anchor: s.kind === 'allocation' && table ? `附件${table.no}` : undefined }];
    }),
  }));

  const deadlines: DeadlineView[] = up
    .flatMap((u, steps) =>
      (year.timelineByUnit.get(u.id) ?? [])
        .filter((entry) => binds(entry, steps) || (steps === 0 && entry.appliesTo === 'children'))
        .map((entry) => ({ entry, setBy: ref(u, rootId), forChildren: steps === 0 && entry.appliesTo === 'children' })),
    )
    .map(({ entry, setBy, forChildren }) => ({
      entry,
      setBy,
      forChildren,
      audience: AUDIENCE_OF_ENTRY[entry.appliesTo],
      span: formatSpan(entry.from, entry.to, entry.precision),
      state: entryState(entry, today),
      stateLabel: entryLabel(entry, today),
      notice: anyNotice(entry.notice),
    }))
    .sort((a, b) => (a.entry.from ?? a.entry.to).localeCompare(b.entry.from ?? b.entry.to) || a.entry.to.localeCompare(b.entry.to));

  const contacts = notices.flatMap((n) => {
    const c = data.noticeById.get(n.id)?.data.contacts ?? [];
    return c.length > 0 ? [{ notice: n, contacts: c }] : [];
  });

  const subprojects = (year.subprojectsByUnit.get(unit.id) ?? []).map((s) => ({
    id: s.id,
    title: s.data.title,
    shortName: s.data.shortName,
    numeral: s.data.numeral,
    href: paths.subproject(s.id, year.year),
  }));

  return {
    year: year.year,
    campaign: year.campaign,
    notices,
    targets,
    deadlines,
    contacts,
    subprojects,
    progress: tables.progress,
    planChart: tables.planChart,
    childCharts: tables.childCharts,
    children: childViews(data, year, year.childrenOf.get(unit.id) ?? []),
    results: unitResultsView(data, year, unit.id, today),
  };
}

/** What a unit's page shows of one year it took part in, in full (undefined for a year it did not). */
export function unitYearView(data: SiteData, year: CampaignData, unitId: string, today: string): UnitYearView | undefined {
  const unit = data.units.get(unitId);
  if (!unit || !year.participants.has(unitId)) return undefined;
  return yearView(data, year, unit, ancestry(data.units, unitId).reverse(), today);
}

function yearSummary(data: SiteData, year: CampaignData, unitId: string, today: string): UnitYearSummary {
  const t = tablesOf(data, year, unitId);
  return {
    year: year.year,
    campaign: year.campaign,
    tables: [...(t.planChart ? [t.planChart] : []), ...t.childCharts],
    ...(anyPublished(year, today) ? { results: unitTally(data, year, unitId, today).branch } : {}),
  };
}

/** A unit's targets and figures year by year, from each year's prepared tables (undefined before a second year). */
export function unitYearsChart(data: SiteData, unitId: string): ChartModel | undefined {
  const years = data.campaigns.filter((c) => c.participants.has(unitId));
  if (years.length < 2) return undefined;
  const unit = data.units.get(unitId)!;
  return yearsChart(
    ref(unit, data.rootUnit.id),
    years.map((c) => {
      const t = tablesOf(data, c, unitId);
      return { year: c.year, targets: t.targets, progress: t.progress };
    }),
  );
}

/**
 * How many units below a unit its page lists as one tree (about 8 KB of a page); a larger branch is
 * listed a level at a time, each unit's page listing the units directly below it.
 */
export const TREE_LIMIT = 60;

export function unitView(data: SiteData, id: string, today: string): UnitView {
  const unit = data.units.get(id);
  if (!unit) throw new Error(`没有这个单位：${id}`);
  const rootId = data.rootUnit.id;
  const up = ancestry(data.units, id).reverse();
  const label = (u: Unit) => (u.id === rootId ? '单位进度' : u.name);
  const breadcrumb = [
    { href: paths.home(), label: '首页' },
    ...[...up].reverse().map((u) => (u.id === id ? { label: label(u) } : { href: paths.unit(u.id, rootId), label: label(u) })),
  ];
  const years = data.campaigns.filter((c) => c.participants.has(id));
  const kids = data.childrenOf.get(id) ?? [];
  // The top of the tree lists its units a level at a time (3,000 units on one page would be
  // megabytes); a unit lower down lists its whole branch when that is a tree of a size to read.
  const tree =
    id !== rootId && kids.some((c) => data.childrenOf.has(c.id)) && branchSize(data, id) <= TREE_LIMIT ? unitTree(data, id, today) : undefined;
  return {
    unit,
    ref: ref(unit, rootId),
    isRoot: id === rootId,
    kindLabel: UNIT_KIND_LABEL[unit.kind],
    parent: unit.parent && data.units.get(unit.parent) ? ref(data.units.get(unit.parent)!, rootId) : undefined,
    breadcrumb,
    years: years.map((c) => c.year),
    ...(years[0] ? { latest: yearView(data, years[0], unit, up, today) } : {}),
    earlier: years.slice(1).map((c) => yearSummary(data, c, id, today)),
    yearsChart: unitYearsChart(data, id),
    children: childViews(data, data.current, kids, today),
    ...(tree ? { tree } : {}),
  };
}

/** How many units are below a unit, at every level. */
export function branchSize(data: SiteData, id: string): number {
  let n = 0;
  const stack = [...(data.childrenOf.get(id) ?? [])];
  for (let u = stack.pop(); u; u = stack.pop()) {
    n++;
    stack.push(...(data.childrenOf.get(u.id) ?? []));
  }
  return n;
}

/** Every chart of one year, unit by unit in tree order (for /data/ and the year's list of tables). */
export function yearCharts(data: SiteData, year: CampaignData): { unit: UnitRef; charts: ChartModel[] }[] {
  return [...yearTables(data, year).values()].map((t) => ({ unit: t.ref, charts: [...(t.planChart ? [t.planChart] : []), ...t.childCharts] }));
}

/** The year-by-year chart of every unit that took part in two or more years, in tree order. */
export function allYearsCharts(data: SiteData): ChartModel[] {
  if (data.campaigns.length < 2) return [];
  return data.unitsInTreeOrder.flatMap((u) => {
    const c = unitYearsChart(data, u.id);
    return c ? [c] : [];
  });
}

/** A year's charts by download name, `<unit id>/<chart key>`. */
export function chartByName(data: SiteData, year: CampaignData): Map<string, ChartModel> {
  return new Map(yearCharts(data, year).flatMap((u) => u.charts.map((c) => [`${c.unitId}/${c.key}`, c] as const)));
}

export interface TreeNode {
  id: string;
  name: string;
  standardName?: string;
  href: string;
  children: TreeNode[];
  /** With `today`: the unit's branch's results in the current year (its own and every unit's below). */
  results?: ResultTally;
}

/**
 * The whole tree below a unit, for nested lists (built from the children index, once per unit).
 * Given the build's day, each node carries its branch's results of the current year, so the tree
 * reads by awards as well as by name.
 */
export function unitTree(data: SiteData, id: string, today?: string): TreeNode[] {
  const rootId = data.rootUnit.id;
  const build = (u: Unit): TreeNode => ({
    id: u.id,
    name: u.name,
    standardName: u.standardName,
    href: paths.unit(u.id, rootId),
    children: (data.childrenOf.get(u.id) ?? []).map(build),
    ...(today ? { results: unitTally(data, data.current, u.id, today).branch } : {}),
  });
  return (data.childrenOf.get(id) ?? []).map(build);
}
