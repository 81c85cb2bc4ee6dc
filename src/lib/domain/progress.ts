import { TARGET_KEYS, type ProgressReport, type TargetKey } from '../../schemas';

/**
 * Progress up the unit tree. A unit's figure for a measure is its own latest report that
 * states the measure; without one, the sum of its children's figures (each worked out the
 * same way). So every report is counted at most once at every level: a report below a unit
 * that reported itself is shown on its own page but not added into the totals above.
 * Measures are independent: a unit that reported only activities still gets its
 * propagandists from its children.
 */

export type Measure = TargetKey;
export const MEASURES: readonly Measure[] = TARGET_KEYS;

export type ReportLike = Pick<ProgressReport, 'unit' | 'asOf' | Measure> & { source?: string };

export interface TreeUnit {
  id: string;
  parent: string | null;
}

export interface Figure {
  value: number;
  /** `own`: the unit's own report; `children`: the sum of its children's figures. */
  from: 'own' | 'children';
  /** The report's date, or for a sum the latest date among the reports in it. */
  asOf: string;
  /** For a sum, the earliest date among its reports (figures of different days add up). */
  since: string;
  /** The reports this figure is made of, each counted once. */
  reports: ReportLike[];
}

export type Figures = Partial<Record<Measure, Figure>>;

export interface UnitProgress {
  id: string;
  /** What the unit counts for, per measure. */
  figures: Figures;
  /** The sum of the children's figures, also where the unit's own report wins (for comparison). */
  childrenSum: Figures;
  /** The unit's own reports, latest first. */
  own: ReportLike[];
  /** `own`: the unit reported; `children`: only units below it did; `none`: nobody in its branch. */
  status: 'own' | 'children' | 'none';
}

export interface Aggregation {
  byUnit: Map<string, UnitProgress>;
  /** Reports naming a unit that is not in the tree (validation rejects them; never silently lost). */
  unknown: ReportLike[];
}

/** Children of each unit, indexed once (units in input order). */
export function indexChildren<T extends TreeUnit>(units: Iterable<T>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const u of units) {
    if (u.parent === null) continue;
    const list = out.get(u.parent);
    if (list) list.push(u);
    else out.set(u.parent, [u]);
  }
  return out;
}

/** Units so that every unit comes after all of its descendants (children before parents). */
function bottomUp<T extends TreeUnit>(units: readonly T[], children: Map<string, T[]>): T[] {
  const ids = new Set(units.map((u) => u.id));
  const roots = units.filter((u) => u.parent === null || !ids.has(u.parent));
  const order: T[] = [];
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    order.push(u);
    for (const c of children.get(u.id) ?? []) stack.push(c);
  }
  // Units on a loop (rejected by validation) are reached from no root: keep them, alone.
  for (const u of units) if (!seen.has(u.id)) order.push(u);
  return order.reverse();
}

function sumFigures(parts: readonly Figure[]): Figure | undefined {
  if (parts.length === 0) return undefined;
  let value = 0;
  let asOf = parts[0]!.asOf;
  let since = parts[0]!.since;
  const reports: ReportLike[] = [];
  for (const p of parts) {
    value += p.value;
    if (p.asOf > asOf) asOf = p.asOf;
    if (p.since < since) since = p.since;
    reports.push(...p.reports);
  }
  return { value, from: 'children', asOf, since, reports };
}

/**
 * Works out every unit's figures. Throws when a unit has two reports for the same day:
 * which one counts would be a silent choice (validation reports the duplicate first).
 */
export function aggregate(units: readonly TreeUnit[], reports: readonly ReportLike[]): Aggregation {
  const known = new Set(units.map((u) => u.id));
  const ownByUnit = new Map<string, ReportLike[]>();
  const unknown: ReportLike[] = [];
  for (const r of reports) {
    if (!known.has(r.unit)) {
      unknown.push(r);
      continue;
    }
    const list = ownByUnit.get(r.unit);
    if (list) list.push(r);
    else ownByUnit.set(r.unit, [r]);
  }
  for (const list of ownByUnit.values()) {
    list.sort((a, b) => b.asOf.localeCompare(a.asOf));
    for (let i = 1; i < list.length; i++)
      if (list[i]!.asOf === list[i - 1]!.asOf) throw new Error(`${list[i]!.unit} 在 ${list[i]!.asOf} 有两份进度报告`);
  }

  const children = indexChildren(units);
  const byUnit = new Map<string, UnitProgress>();
  for (const u of bottomUp(units, children)) {
    const own = ownByUnit.get(u.id) ?? [];
    const kids = (children.get(u.id) ?? []).map((c) => byUnit.get(c.id)).filter((p): p is UnitProgress => p !== undefined);
    const figures: Figures = {};
    const childrenSum: Figures = {};
    for (const m of MEASURES) {
      const sum = sumFigures(kids.flatMap((k) => (k.figures[m] ? [k.figures[m]!] : [])));
      if (sum) childrenSum[m] = sum;
      const latest = own.find((r) => r[m] !== undefined);
      if (latest) figures[m] = { value: latest[m]!, from: 'own', asOf: latest.asOf, since: latest.asOf, reports: [latest] };
      else if (sum) figures[m] = sum;
    }
    const status = own.length > 0 ? 'own' : Object.keys(figures).length > 0 ? 'children' : 'none';
    byUnit.set(u.id, { id: u.id, figures, childrenSum, own, status });
  }
  return { byUnit, unknown };
}

/** Progress against a target as a share (0.5 = half); none without a figure or a target above 0. */
export function share(value: number | undefined, target: number | undefined): number | undefined {
  if (value === undefined || target === undefined || target <= 0) return undefined;
  return value / target;
}
