import type { AllocationKey, Plan, PlanRow, TargetKey, Targets } from '../../schemas';

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

function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface UnitNames {
  name: string;
  standardName?: string;
}

/** An allocation table as CSV (UTF-8 with a byte-order mark, CRLF): the printed rows and 合计. */
export function allocationCsv(plan: Plan, units: ReadonlyMap<string, UnitNames>): string {
  const head = ['序号', '单位编号', '单位名称', '规范名称', ...plan.columns.map((c) => c.label)];
  const lines = [head.map(csvCell).join(',')];
  plan.rows.forEach((r, i) => {
    const u = units.get(r.unit);
    lines.push([i + 1, r.unit, u?.name ?? r.unit, u?.standardName ?? '', ...plan.columns.map((c) => r[c.key])].map(csvCell).join(','));
  });
  lines.push(['', '', '合计', '', ...plan.columns.map((c) => plan.total[c.key])].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function allocationJson(plan: Plan, units: ReadonlyMap<string, UnitNames>) {
  return {
    notice: plan.notice,
    unit: plan.unit,
    targets: plan.targets,
    columns: plan.columns,
    rows: plan.rows.map((r) => ({ ...r, name: units.get(r.unit)?.name ?? r.unit, standardName: units.get(r.unit)?.standardName ?? null })),
    total: plan.total,
  };
}
