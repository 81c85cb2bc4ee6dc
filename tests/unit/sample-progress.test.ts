import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, validateContent } from '../../src/lib/content';
import { buildSiteData } from '../../src/lib/domain/site';
import { MEASURES } from '../../src/lib/domain/progress';
import { yearTables } from '../../src/lib/domain/unit-view';
import { COMPONENTS, PROJECT, SITE_CONTENT, siteOptions } from '../content/helpers';

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
      for (const v of data.campaigns.flatMap((c) => yearTables(data, c).get(u.id) ?? [])) {
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

describe('sample reports beside real ones', () => {
  it('never clash with a real report, and stand for the year\'s figures in a build that has them', () => {
    // Real reports a clerk might add: the same unit and day (and file name) as a sample report, with
    // other figures, and a county report above the sample report of its city that day (95), not the real one (130).
    const root = mkdtempSync(join(tmpdir(), 'portal-real-and-sample-'));
    try {
      cpSync(SITE_CONTENT, join(root, 'content'), { recursive: true });
      const add = (unit: string, asOf: string, figures: Record<string, number>) => {
        const dir = join(root, 'content/campaigns/2019/progress', unit);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${asOf}.json`), JSON.stringify({ unit, asOf, ...figures, source: '泉州市总工会报告' }, null, 2));
      };
      add('fujian/quanzhou', '2019-09-28', { activities: 13, propagandists: 130 });
      add('fujian/quanzhou/licheng', '2019-09-28', { activities: 1, propagandists: 100 });
      const both = validateContent({ root, today: '2026-11-24', componentsDir: COMPONENTS, sampleDirs: [join(PROJECT, 'tests/fixtures/demo')] });
      expect(both.issues.length === 0 ? '' : formatIssues(both.issues)).toBe('');
      const shown = buildSiteData(both.content, { on: true, dirs: ['tests/fixtures/demo'] }).byYear.get('2019')!;
      // The sample figures, as in the demo build without real reports.
      expect(shown.progress.every((r) => r.source.startsWith('示例数据'))).toBe(true);
      expect(shown.aggregation.byUnit.get('fujian/quanzhou')!.figures.activities!.value).toBe(9);
      // The real reports are checked against each other all the same: a real county above its real city fails.
      add('fujian/quanzhou/licheng', '2019-09-28', { activities: 1, propagandists: 200 });
      const real = validateContent({ root, today: '2026-11-24', componentsDir: COMPONENTS, sampleDirs: [join(PROJECT, 'tests/fixtures/demo')] });
      expect(real.issues.map((i) => `${i.file} ${i.path}`)).toEqual(['content/campaigns/2019/progress/fujian/quanzhou/licheng/2019-09-28.json propagandists']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
