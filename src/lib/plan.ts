import type { AllocationKey, Plan, PlanRow, TargetKey, Targets } from '../schemas';

/** Sum of one column of an allocation table; a missing cell counts as 0 (a rule reports it). */
export function sumColumn(rows: readonly PlanRow[], key: AllocationKey): number {
  return rows.reduce((sum, r) => sum + (r[key] ?? 0), 0);
}

/** The "12351+" measures in the order the plan's name counts them, with their Chinese wording. */
export const TARGET_ORDER: readonly { key: TargetKey; label: string; unit: string }[] = [
  { key: 'grassrootsUnions', label: '组织动员基层工会组织', unit: '个' },
  { key: 'propagandists', label: '发展职工好网民宣传员', unit: '名' },
  { key: 'activities', label: '走进企业或开展线下活动', unit: '场' },
  { key: 'workersReached', label: '面对面接触职工', unit: '名' },
  { key: 'netizensCovered', label: '直接覆盖职工网民', unit: '名' },
];

export interface TargetItem {
  key: TargetKey;
  label: string;
  unit: string;
  value: number;
}

/** The targets a plan states, in plan order. */
export function statedTargets(targets: Targets): TargetItem[] {
  return TARGET_ORDER.flatMap((t) => (targets[t.key] === undefined ? [] : [{ ...t, value: targets[t.key] as number }]));
}

/** The row a plan allocates to a unit, if any. */
export function allocationFor(plans: readonly Plan[], unitId: string): { plan: Plan; row: PlanRow } | undefined {
  for (const plan of plans) {
    const row = plan.rows.find((r) => r.unit === unitId);
    if (row) return { plan, row };
  }
  return undefined;
}
