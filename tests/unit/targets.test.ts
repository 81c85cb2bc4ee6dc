import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content';
import { targetFor, unitTargets, type PlanLike } from '../../src/lib/domain/targets';
import { siteOptions } from '../content/helpers';

const plan = (notice: string, unit: string, targets: PlanLike['targets'], rows: PlanLike['rows'], keys: ('activities' | 'propagandists')[]): PlanLike => ({
  notice,
  unit,
  targets,
  columns: keys.map((key) => ({ key, label: key })),
  rows,
});

const plans = new Map<string, PlanLike>([
  ['national', plan('n-1', 'national', { activities: 30, propagandists: 200 }, [{ unit: 'a', activities: 20 }, { unit: 'b', activities: 10 }], ['activities'])],
  ['a', plan('a-1', 'a', { activities: 20, propagandists: 100, workersReached: 1000 }, [{ unit: 'a/x', activities: 12, propagandists: 60 }, { unit: 'a/y', activities: 8, propagandists: 40 }], ['activities', 'propagandists'])],
]);

describe('unitTargets', () => {
  it('takes a unit’s own plan, naming the parent’s allocation as a second source where it agrees', () => {
    const t = unitTargets('a', 'national', plans);
    expect(t.map((x) => [x.key, x.value])).toEqual([
      ['propagandists', 100],
      ['activities', 20],
      ['workersReached', 1000],
    ]);
    expect(targetFor(t, 'activities')!.setBy).toEqual([
      { notice: 'a-1', kind: 'plan' },
      { notice: 'n-1', kind: 'allocation' },
    ]);
    expect(targetFor(t, 'propagandists')!.setBy).toEqual([{ notice: 'a-1', kind: 'plan' }]);
  });

  it('falls back to the row the parent’s plan allocates, only its printed columns', () => {
    expect(unitTargets('b', 'national', plans)).toMatchObject([{ key: 'activities', value: 10, setBy: [{ notice: 'n-1', kind: 'allocation' }] }]);
    expect(unitTargets('a/x', 'a', plans).map((x) => [x.key, x.value])).toEqual([
      ['propagandists', 60],
      ['activities', 12],
    ]);
  });

  it('is empty for a unit nobody allocates to, and for the root without a plan', () => {
    expect(unitTargets('a/x/z', 'a/x', plans)).toEqual([]);
    expect(unitTargets('national', null, new Map())).toEqual([]);
  });
});

describe('unitTargets over the real plans', () => {
  const { content } = validateContent(siteOptions());
  const byUnit = new Map(content.plans.map((e) => [e.data.unit, e.data]));
  const value = (id: string, parent: string | null) => Object.fromEntries(unitTargets(id, parent, byUnit).map((t) => [t.key, t.value]));

  it('gives the national, Fujian and Quanzhou plans’ own "12351+" targets', () => {
    expect(value('national', null)).toEqual({ grassrootsUnions: 1000, propagandists: 20000, activities: 3000, workersReached: 500000, netizensCovered: 100000000 });
    expect(value('fujian', 'national')).toEqual({ propagandists: 1000, activities: 100, workersReached: 10000, netizensCovered: 1000000 });
    expect(value('fujian/quanzhou', 'fujian')).toEqual({ propagandists: 130, activities: 13, workersReached: 1000, netizensCovered: 100000 });
  });

  it('gives other units their allocation row', () => {
    expect(value('tianjin', 'national')).toEqual({ activities: 100 });
    expect(value('fujian/pingtan', 'fujian')).toEqual({ activities: 1, propagandists: 10 });
    expect(value('fujian/quanzhou/yongchun', 'fujian/quanzhou')).toEqual({ activities: 1, propagandists: 10 });
  });
});
