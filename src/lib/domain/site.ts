import { join, relative, resolve, sep } from 'node:path';
import { defaultOptions, loadValidContent, type ContentSet } from '../content';
import { aggregate, indexChildren, type Aggregation } from './progress';
import type { Campaign, Notice, Plan, ProgressReport, Subproject, TimelineEntry, Unit } from '../../schemas';

/**
 * The validated content, read once per build and indexed for the pages. Pages ask here
 * for data and hand it to components; nothing here renders. Every index is built once,
 * so a page's lookups do not grow with the number of units (the bench builds 3,000).
 */
export interface SiteData {
  raw: ContentSet;
  /** The current campaign (the latest year). */
  campaign: Campaign;
  /** Every campaign, latest first. */
  campaigns: Campaign[];
  units: Map<string, Unit>;
  notices: { id: string; file: string; data: Notice }[];
  noticeById: Map<string, { id: string; data: Notice }>;
  plans: Map<string, Plan>;
  subprojects: { id: string; data: Subproject }[];
  timeline: TimelineEntry[];
  /** The top of the unit tree (national). */
  rootUnit: Unit;
  /** Children of each unit, in the order their parent's allocation table prints them. */
  childrenOf: Map<string, Unit[]>;
  /** Every unit, top down (each unit before its children). */
  unitsInTreeOrder: Unit[];
  /** The current campaign's plan of each unit that has one. */
  planByUnit: Map<string, Plan>;
  /** The current campaign's notices issued for each unit (by the unit that is their `unit`). */
  noticesByUnit: Map<string, { id: string; data: Notice }[]>;
  timelineByUnit: Map<string, TimelineEntry[]>;
  /** Sub-projects each unit organises. */
  subprojectsByUnit: Map<string, { id: string; data: Subproject }[]>;
  progress: ProgressReport[];
  aggregation: Aggregation;
  sample: SampleMode;
}

export interface SampleMode {
  /** True when progress reports are read from anywhere but content/progress (demo and bench builds). */
  on: boolean;
  /** Where they are read from, relative to the project. */
  dir: string;
}

/** Whether this build shows sample progress reports rather than the ones in content/progress. */
export function sampleMode(env: Record<string, string | undefined> = process.env, root = process.cwd()): SampleMode {
  const opts = defaultOptions(env, root);
  const real = join(opts.contentDir ?? join(root, 'content'), 'progress');
  const used = opts.progressDir ?? real;
  return { on: resolve(used) !== resolve(real), dir: relative(root, used).split(sep).join('/') || '.' };
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

let cached: SiteData | undefined;

/** The site's data from the build's content (read once per build). */
export function siteData(): SiteData {
  cached ??= buildSiteData(loadValidContent(), sampleMode());
  return cached;
}

/** Indexes validated content for the pages. */
export function buildSiteData(raw: ContentSet, sample: SampleMode): SiteData {
  const campaigns = [...raw.campaigns].sort((a, b) => b.data.year - a.data.year);
  const campaign = campaigns[0]?.data;
  if (!campaign) throw new Error('content/campaigns/ 中没有活动：至少需要一个，如 2019.json');
  const notices = raw.notices.map((e) => ({ id: e.id, file: e.file, data: e.data }));
  const units = new Map(raw.units.map((e) => [e.id, e.data]));
  const rootUnit = raw.units.find((e) => e.data.parent === null)?.data;
  if (!rootUnit) throw new Error('content/units/ 中没有最上级单位（parent 为 null），如 national');

  const current = <T extends { campaign: string }>(x: T) => x.campaign === campaign.id;
  const planList = raw.plans.map((e) => e.data).filter(current);
  const planByUnit = new Map(planList.map((p) => [p.unit, p]));

  // Children in the printed order of the parent's allocation table; others after, in file order.
  const childrenOf = indexChildren(units.values());
  for (const [parent, list] of childrenOf) {
    const rows = planByUnit.get(parent)?.rows;
    if (!rows) continue;
    const rank = new Map(rows.map((r, i) => [r.unit, i]));
    list.sort((a, b) => (rank.get(a.id) ?? rows.length) - (rank.get(b.id) ?? rows.length));
  }
  const unitsInTreeOrder: Unit[] = [];
  const stack = [rootUnit];
  while (stack.length > 0) {
    const u = stack.pop()!;
    unitsInTreeOrder.push(u);
    const kids = childrenOf.get(u.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }

  const subprojects = raw.subprojects.map((e) => ({ id: e.id, data: e.data })).sort((a, b) => a.data.order - b.data.order);
  const subprojectsByUnit = new Map<string, { id: string; data: Subproject }[]>();
  for (const s of subprojects.filter((x) => current(x.data)))
    for (const unit of new Set(s.data.organisers.flatMap((o) => (o.unit ? [o.unit] : [])))) {
      const list = subprojectsByUnit.get(unit) ?? [];
      list.push(s);
      subprojectsByUnit.set(unit, list);
    }

  const progress = raw.progress.map((e) => e.data).filter(current);
  const timeline = raw.timeline.map((e) => e.data);
  return {
    raw,
    campaign,
    campaigns: campaigns.map((c) => c.data),
    units,
    notices,
    noticeById: new Map(notices.map((n) => [n.id, n])),
    plans: new Map(raw.plans.map((e) => [e.id, e.data])),
    subprojects,
    timeline,
    rootUnit,
    childrenOf,
    unitsInTreeOrder,
    planByUnit,
    noticesByUnit: group(
      notices.filter((n) => current(n.data)),
      (n) => n.data.unit,
    ),
    timelineByUnit: group(timeline.filter(current), (t) => t.unit),
    subprojectsByUnit,
    progress,
    aggregation: aggregate([...units.values()], progress),
    sample,
  };
}
