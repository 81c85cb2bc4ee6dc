import type { Contact, Notice, TimelineEntry, Unit, UnitKind } from '../../schemas';
import { childrenChart, planChart, type ChartModel, type UnitRef } from '../charts/model';
import { formatSpan } from '../formats/text';
import { LEVEL_LABEL } from './notices';
import { MEASURES, notReported, type Measure, type UnitProgress } from './progress';
import type { SiteData } from './site';
import { unitTargets, type UnitTarget } from './targets';
import { unitPath } from './units';

/**
 * Everything a unit's page shows, gathered from the indexes of SiteData: each lookup is by
 * key, so a page costs the same whether the tree has 59 units or 3,000.
 */

export const KIND_LABEL: Record<UnitKind, string> = {
  national: '全国',
  province: '省',
  'autonomous-region': '自治区',
  municipality: '直辖市',
  'industry-union': '全国产业工会',
  city: '设区市',
  'county-city': '县级市',
  district: '市辖区',
  county: '县',
  zone: '开发区、实验区',
};

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
  status: 'past' | 'current' | 'upcoming';
  statusLabel: string;
  notice?: NoticeRefView;
  forUnit: UnitRef;
}

export interface ChildView {
  unit: Unit;
  href: string;
  status: UnitProgress['status'];
  childCount: number;
}

export interface UnitView {
  unit: Unit;
  ref: UnitRef;
  isRoot: boolean;
  kindLabel: string;
  parent?: UnitRef;
  /** Top of the tree first, the unit itself last (without a link). */
  breadcrumb: { href?: string; label: string }[];
  /** The notices that apply, nearest first: the unit's own, then its parent's, up to the national one. */
  notices: NoticeRefView[];
  targets: TargetView[];
  deadlines: DeadlineView[];
  /** Contacts printed in the notices that apply, nearest notice first. */
  contacts: { notice: NoticeRefView; contacts: Contact[] }[];
  /** `href`: the sub-project's section in the notice that lists it. */
  subprojects: { id: string; title: string; shortName: string; numeral: string; href: string }[];
  progress: UnitProgress | undefined;
  planChart?: ChartModel;
  childCharts: ChartModel[];
  children: ChildView[];
  notReported: UnitRef[];
}

/** Where a sub-project is described: its section in the notice's attachment 2. */
export function subprojectHref(id: string, notice: string): string {
  return `notices/${notice}/#sp-${id}`;
}

function ref(u: Unit, rootId: string): UnitRef {
  return { id: u.id, name: u.name, href: unitPath(u.id, rootId) };
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

export function deadlineStatus(e: Pick<TimelineEntry, 'from' | 'to'>, today: string): DeadlineView['status'] {
  if (e.to < today) return 'past';
  if ((e.from ?? e.to) <= today) return 'current';
  return 'upcoming';
}

const STATUS_LABEL: Record<DeadlineView['status'], string> = { past: '已结束', current: '进行中', upcoming: '未开始' };

/** Whole days from one date to another (both YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A phase: 已结束 / 进行中 / 未开始. A deadline: 已截止, or how many days are left. */
export function deadlineLabel(e: Pick<TimelineEntry, 'from' | 'to' | 'kind'>, today: string): string {
  const status = deadlineStatus(e, today);
  if (e.kind === 'phase') return STATUS_LABEL[status];
  if (status === 'past') return '已截止';
  const left = daysBetween(today, e.to);
  return left === 0 ? '今天截止' : `还有 ${left} 天`;
}

/** The chain up the tree, the unit itself first. */
function upward(data: SiteData, id: string): Unit[] {
  const out: Unit[] = [];
  const seen = new Set<string>();
  let cur = data.units.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    out.push(cur);
    cur = cur.parent ? data.units.get(cur.parent) : undefined;
  }
  return out;
}

/** Targets of a unit, by id: computed once per build (children tables ask for them again). */
const targetCache = new WeakMap<SiteData, Map<string, UnitTarget[]>>();
export function targetsOf(data: SiteData, unit: Unit): UnitTarget[] {
  let cache = targetCache.get(data);
  if (!cache) targetCache.set(data, (cache = new Map()));
  let t = cache.get(unit.id);
  if (!t) cache.set(unit.id, (t = unitTargets(unit.id, unit.parent, data.planByUnit)));
  return t;
}

/** Which measures a children table shows: the parent plan's allocation columns, and any a child reported. */
export function childMeasures(data: SiteData, unit: Unit, children: readonly Unit[]): Measure[] {
  const order: Measure[] = data.planByUnit.get(unit.id)?.columns.map((c) => c.key) ?? [];
  const columns = new Set(order);
  const reported = MEASURES.filter((m) => !columns.has(m) && children.some((c) => data.aggregation.byUnit.get(c.id)?.figures[m] !== undefined));
  // The allocated measures first, in the table's order: they are what the parent's notice asks of its children.
  return [...order, ...reported];
}

export function unitView(data: SiteData, id: string, today: string): UnitView {
  const unit = data.units.get(id);
  if (!unit) throw new Error(`没有这个单位：${id}`);
  const rootId = data.rootUnit.id;
  const up = upward(data, id);
  const breadcrumb = [
    { href: '', label: '首页' },
    ...[...up].reverse().map((u) => (u.id === id ? { label: u.id === rootId ? '单位进度' : u.name } : { href: unitPath(u.id, rootId), label: u.id === rootId ? '单位进度' : u.name })),
  ];

  const notices = up.flatMap((u) =>
    (data.noticesByUnit.get(u.id) ?? []).slice().sort((a, b) => b.data.issuedOn.localeCompare(a.data.issuedOn)).map((n) => noticeRef(data, n)),
  );
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const anyNotice = (nid: string) => noticeById.get(nid) ?? (data.noticeById.get(nid) ? noticeRef(data, data.noticeById.get(nid)!) : undefined);

  const targets: TargetView[] = targetsOf(data, unit).map((t) => ({
    ...t,
    sources: t.setBy.flatMap((s) => {
      const n = anyNotice(s.notice);
      if (!n) return [];
      const table = data.noticeById.get(s.notice)?.data.attachments.find((a) => a.kind === 'plan');
      return [{ notice: n, kind: s.kind, anchor: s.kind === 'allocation' && table ? `附件${table.no}` : undefined }];
    }),
  }));

  const deadlines: DeadlineView[] = up
    .flatMap((u) => (data.timelineByUnit.get(u.id) ?? []).map((entry) => ({ entry, forUnit: ref(u, rootId) })))
    .map(({ entry, forUnit }) => {
      const status = deadlineStatus(entry, today);
      return { entry, forUnit, span: formatSpan(entry.from, entry.to, entry.precision), status, statusLabel: deadlineLabel(entry, today), notice: anyNotice(entry.notice) };
    })
    .sort((a, b) => (a.entry.from ?? a.entry.to).localeCompare(b.entry.from ?? b.entry.to) || a.entry.to.localeCompare(b.entry.to));

  const contacts = notices.flatMap((n) => {
    const c = data.noticeById.get(n.id)?.data.contacts ?? [];
    return c.length > 0 ? [{ notice: n, contacts: c }] : [];
  });

  const subprojects = (data.subprojectsByUnit.get(id) ?? []).map((s) => ({
    id: s.id,
    title: s.data.title,
    shortName: s.data.shortName,
    numeral: s.data.numeral,
    href: subprojectHref(s.id, s.data.notice),
  }));

  const progress = data.aggregation.byUnit.get(id);
  const self = ref(unit, rootId);
  const kids = data.childrenOf.get(id) ?? [];
  const children: ChildView[] = kids.map((c) => ({
    unit: c,
    href: unitPath(c.id, rootId),
    status: data.aggregation.byUnit.get(c.id)?.status ?? 'none',
    childCount: data.childrenOf.get(c.id)?.length ?? 0,
  }));
  const childInputs = kids.map((c) => ({ unit: ref(c, rootId), targets: targetsOf(data, c), progress: data.aggregation.byUnit.get(c.id) }));
  const allocated = new Set<Measure>(data.planByUnit.get(id)?.columns.map((c) => c.key) ?? []);
  const childCharts = kids.length === 0 ? [] : childMeasures(data, unit, kids).map((m) => childrenChart(self, m, childInputs, !allocated.has(m)));
  const missing = new Set(notReported(kids.map((c) => c.id), data.aggregation));

  return {
    unit,
    ref: self,
    isRoot: id === rootId,
    kindLabel: KIND_LABEL[unit.kind],
    parent: unit.parent && data.units.get(unit.parent) ? ref(data.units.get(unit.parent)!, rootId) : undefined,
    breadcrumb,
    notices,
    targets,
    deadlines,
    contacts,
    subprojects,
    progress,
    planChart: planChart(self, targets, progress),
    childCharts,
    children,
    notReported: kids.filter((c) => missing.has(c.id)).map((c) => ref(c, rootId)),
  };
}

/** Every chart of the site, unit by unit in tree order (for /data/ and the download endpoints). */
const chartCache = new WeakMap<SiteData, { unit: UnitRef; charts: ChartModel[] }[]>();
export function allCharts(data: SiteData, today: string): { unit: UnitRef; charts: ChartModel[] }[] {
  let out = chartCache.get(data);
  if (!out) {
    out = data.unitsInTreeOrder.map((u) => {
      const v = unitView(data, u.id, today);
      return { unit: v.ref, charts: [...(v.planChart ? [v.planChart] : []), ...v.childCharts] };
    });
    chartCache.set(data, out);
  }
  return out;
}

/** A chart by its download name, `<unit id>/<chart key>`. */
const chartIndex = new WeakMap<SiteData, Map<string, ChartModel>>();
export function chartByName(data: SiteData, today: string): Map<string, ChartModel> {
  let out = chartIndex.get(data);
  if (!out) {
    out = new Map(allCharts(data, today).flatMap((u) => u.charts.map((c) => [`${c.unitId}/${c.key}`, c] as const)));
    chartIndex.set(data, out);
  }
  return out;
}

export interface TreeNode {
  id: string;
  name: string;
  standardName?: string;
  href: string;
  children: TreeNode[];
}

/** The whole tree below a unit, for nested lists (built from the children index, once per unit). */
export function unitTree(data: SiteData, id: string): TreeNode[] {
  const rootId = data.rootUnit.id;
  const build = (u: Unit): TreeNode => ({
    id: u.id,
    name: u.name,
    standardName: u.standardName,
    href: unitPath(u.id, rootId),
    children: (data.childrenOf.get(u.id) ?? []).map(build),
  });
  return (data.childrenOf.get(id) ?? []).map(build);
}
