import { describe, expect, it } from 'vitest';
import { allocationCsv, allocationJson, statedTargets, sumColumn, TARGET_ORDER } from '../../src/lib/domain/plans';
import type { Plan, PlanRow } from '../../src/schemas';

function plan(notice: string, unit: string, rows: PlanRow[]): Plan {
  return {
    campaign: '2019',
    notice,
    unit,
    targets: {},
    columns: [{ key: 'activities', label: '线下活动数量' }],
    rows,
    total: {},
  };
}

describe('sumColumn', () => {
  const rows: PlanRow[] = [
    { unit: 'fujian', activities: 30, propagandists: 300 },
    { unit: 'beijing', activities: 12 },
    { unit: 'shanghai', propagandists: 150 },
  ];

  it('adds only the requested column', () => {
    expect(sumColumn(rows, 'activities')).toBe(42);
    expect(sumColumn(rows, 'propagandists')).toBe(450);
  });

  it('counts a missing cell as 0 rather than producing NaN', () => {
    expect(sumColumn([{ unit: 'a' }, { unit: 'b', activities: 5 }], 'activities')).toBe(5);
    expect(sumColumn([{ unit: 'a' }], 'propagandists')).toBe(0);
  });

  it('is 0 for no rows', () => {
    expect(sumColumn([], 'activities')).toBe(0);
  });
});

describe('TARGET_ORDER', () => {
  it('lists the five "12351+" measures in the order the plan counts them', () => {
    expect(TARGET_ORDER.map((t) => t.key)).toEqual([
      'grassrootsUnions',
      'propagandists',
      'activities',
      'workersReached',
      'netizensCovered',
    ]);
    expect(TARGET_ORDER.map((t) => t.unit)).toEqual(['个', '名', '场', '名', '名']);
    expect(TARGET_ORDER.find((t) => t.key === 'activities')?.label).toBe('走进企业或开展线下活动');
  });
});

describe('statedTargets', () => {
  it('returns the stated targets in plan order regardless of object key order', () => {
    const items = statedTargets({ netizensCovered: 100_000_000, grassrootsUnions: 10_000, activities: 5000 });
    expect(items.map((i) => i.key)).toEqual(['grassrootsUnions', 'activities', 'netizensCovered']);
    expect(items[0]).toEqual({ key: 'grassrootsUnions', label: '组织动员基层工会组织', unit: '个', value: 10_000 });
    expect(items[2]).toMatchObject({ key: 'netizensCovered', label: '直接覆盖职工网民', unit: '名', value: 100_000_000 });
  });

  it('keeps a stated 0 but drops targets that are not stated', () => {
    const items = statedTargets({ propagandists: 0 });
    expect(items).toEqual([{ key: 'propagandists', label: '发展职工好网民宣传员', unit: '名', value: 0 }]);
  });

  it('is empty when a plan states no targets', () => {
    expect(statedTargets({})).toEqual([]);
  });
});

describe('an allocation table as a download', () => {
  const units = new Map([
    ['fujian', { name: '福建省' }],
    ['guangxi', { name: '广西省', standardName: '广西壮族自治区' }],
  ]);
  const table = { ...plan('zgf-2019-17', 'national', [{ unit: 'fujian', activities: 100 }, { unit: 'guangxi', activities: 90 }]), total: { activities: 190 } };

  it('CSV: the year on every row, printed and standard names, the printed total', () => {
    const lines = allocationCsv(table, units).slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual(['年份,序号,单位编号,单位名称,规范名称,线下活动数量', '2019,1,fujian,福建省,,100', '2019,2,guangxi,广西省,广西壮族自治区,90', '2019,,,合计,,190']);
  });

  it('JSON: the year and the names beside each row', () => {
    const j = allocationJson(table, units);
    expect(j.campaign).toBe('2019');
    expect(j.rows[1]).toMatchObject({ unit: 'guangxi', name: '广西省', standardName: '广西壮族自治区' });
  });
});
