// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { Plan, TargetKey } from '../../schemas';
import { TARGET_ORDER } from './plans';

/** Where a target comes from: a unit's own plan, or the row its parent's plan allocates to it. */
export interface TargetSource {
  notice: string;
  kind: 'plan' | 'allocation';
}

export interface UnitTarget {
  key: TargetKey;
  label: string;
  unit: string;
  value: number;
  /** The notice that set it first; where the unit's own plan restates an allocation, both. */
  setBy: TargetSource[];
}

export type PlanLike = Pick<Plan, 'notice' | 'unit' | 'targets' | 'columns' | 'rows'>;

/**
 * A unit's targets: its own plan's "12351+" targets if it has a plan (national, Fujian,
 * Quanzhou), else what its parent's plan allocates to it (activities, propagandists).
 * Where both exist they are equal (a content rule checks it); the allocation is then named
 * as a second source.
 */
export function unitTargets(unitId: string, parentId: string | null, plansByUnit: ReadonlyMap<string, PlanLike>): UnitTarget[] {
  const own = plansByUnit.get(unitId);
  const parentPlan = parentId === null ? undefined : plansByUnit.get(parentId);
  const row = parentPlan?.rows.find((r) => r.unit === unitId);
  const out: UnitTarget[] = [];
  for (const t of TARGET_ORDER) {
    const setBy: TargetSource[] = [];
    let value: number | undefined;
    const ownValue = own?.targets[t.key];
    if (own && ownValue !== undefined) {
      value = ownValue;
      setBy.push({ notice: own.notice, kind: 'plan' });
    }
    const allocated = parentPlan && row && parentPlan.columns.some((c) => c.key === t.key) ? row[t.key as 'activities' | 'propagandists'] : undefined;
    if (parentPlan && allocated !== undefined && (value === undefined || value === allocated)) {
      if (value === undefined && own) continue; // a unit with its own plan takes only that plan's targets
      value = allocated;
      setBy.push({ notice: parentPlan.notice, kind: 'allocation' });
    }
    if (value !== undefined) out.push({ key: t.key, label: t.label, unit: t.unit, value, setBy });
  }
  return out;
}

export function targetFor(targets: readonly UnitTarget[], key: TargetKey): UnitTarget | undefined {
  return targets.find((t) => t.key === key);
}
