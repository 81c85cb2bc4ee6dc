// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { TARGET_KEYS, type AllocationKey, type Plan, type PlanRow, type TargetKey, type Targets } from '../../schemas';
import { toCsv } from '../formats/csv';
import { MEASURE_WORDS } from '../words';

/** Sum of one column of an allocation table; a missing cell counts as 0 (a rule reports it). */
export function sumColumn(rows: readonly PlanRow[], key: AllocationKey): number {
  return rows.reduce((sum, r) => sum + (r[key] ?? 0), 0);
}

/** The "12351+" measures in the order the plan's name counts them, with their wording. */
export const TARGET_ORDER: readonly { key: TargetKey; label: string; unit: string }[] = TARGET_KEYS.map((key) => ({
  key,
  label: MEASURE_WORDS[key].label,
  unit: MEASURE_WORDS[key].unit,
}));

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

export interface UnitNames {
  name: string;
  standardName?: string;
}

/** An allocation table as CSV: the campaign year, the printed rows and 合计. */
export function allocationCsv(plan: Plan, units: ReadonlyMap<string, UnitNames>): string {
  const head = ['年份', '序号', '单位编号', '单位名称', '规范名称', ...plan.columns.map((c) => c.label)];
  const rows = plan.rows.map((r, i) => {
    const u = units.get(r.unit);
    return [plan.campaign, i + 1, r.unit, u?.name ?? r.unit, u?.standardName ?? '', ...plan.columns.map((c) => r[c.key])];
  });
  return toCsv([head, ...rows, [plan.campaign, '', '', '合计', '', ...plan.columns.map((c) => plan.total[c.key])]]);
}

export function allocationJson(plan: Plan, units: ReadonlyMap<string, UnitNames>) {
  return {
    campaign: plan.campaign,
    notice: plan.notice,
    unit: plan.unit,
    targets: plan.targets,
    columns: plan.columns,
    rows: plan.rows.map((r) => ({ ...r, name: units.get(r.unit)?.name ?? r.unit, standardName: units.get(r.unit)?.standardName ?? null })),
    total: plan.total,
  };
}
