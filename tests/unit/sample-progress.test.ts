import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, validateContent } from '../../src/lib/content';
import { buildSiteData } from '../../src/lib/domain/site';
import { MEASURES } from '../../src/lib/domain/progress';
import { unitView } from '../../src/lib/domain/unit-view';
import { PROJECT, siteOptions } from '../content/helpers';

/** The sample reports of the demo build (tests/fixtures/demo) pass every rule and add up as their README says. */
const { content, issues } = validateContent(siteOptions('2026-11-24', [join(PROJECT, 'tests/fixtures/demo')]));
const data = buildSiteData(content, { on: true, dirs: ['tests/fixtures/demo'] });
const agg = data.byYear.get('2019')!.aggregation;
const fig = (id: string) => Object.fromEntries(MEASURES.flatMap((m) => (agg.byUnit.get(id)?.figures[m] ? [[m, agg.byUnit.get(id)!.figures[m]!.value]] : [])));

describe('the sample progress reports', () => {
  it('pass every schema and rule', () => {
    expect(issues.length === 0 ? '' : formatIssues(issues)).toBe('');
    expect(content.progress.length).toBeGreaterThanOrEqual(15);
    expect(new Set(content.progress.map((e) => e.data.asOf)).size).toBeGreaterThan(5);
    expect(content.progress.every((e) => e.data.source.startsWith('示例数据') && e.sample)).toBe(true);
  });

  it('add up at every level as the README says', () => {
    expect(fig('national')).toEqual({ grassrootsUnions: 40, propagandists: 2090, activities: 332, workersReached: 22800, netizensCovered: 3180000 });
    expect(fig('fujian')).toEqual({ propagandists: 390, activities: 37, workersReached: 2800, netizensCovered: 180000 });
    expect(fig('fujian/quanzhou')).toEqual({ propagandists: 95, activities: 9, workersReached: 700, netizensCovered: 60000 });
    const q = agg.byUnit.get('fujian/quanzhou')!;
    expect(q.status).toBe('own');
    expect(Object.fromEntries(MEASURES.flatMap((m) => (q.childrenSum[m] ? [[m, q.childrenSum[m]!.value]] : [])))).toEqual({
      propagandists: 40,
      activities: 5,
      workersReached: 210,
      netizensCovered: 9000,
    });
    expect(fig('fujian/quanzhou/jinjiang')).toEqual({ propagandists: 12, activities: 2, workersReached: 150, netizensCovered: 9000 });
    expect(fig('hubei')).toEqual({ propagandists: 600, activities: 85 });
  });

  it('every parent without its own report shows its children’s total, in its plan chart and its children tables alike', () => {
    for (const u of data.unitsInTreeOrder) {
      for (const v of unitView(data, u.id, '2026-11-24').years) {
        for (const c of v.childCharts) {
          const sum = c.rows.reduce((s, r) => s + (r.reported ?? 0), 0);
          expect(c.total?.reported ?? 0, `${u.id} ${c.key}`).toBe(sum);
          const planRow = v.planChart?.rows.find((r) => r.measure === c.measure);
          if (v.progress?.status === 'children' && c.reportedRows > 0) expect(planRow?.reported, `${u.id} ${c.key}`).toBe(sum);
        }
      }
    }
  });
});
