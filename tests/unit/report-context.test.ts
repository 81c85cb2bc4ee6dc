import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content';
import { contextOfYear, reportContext, reportIndex, reportYear, unitChoices, unitChoicesStatus, unitsInTreeOrder } from '../../src/lib/report/context';
import { checkReport } from '../../src/lib/report/report';
import { PROJECT, siteOptions } from '../content/helpers';

// The test site with the sample reports of its year and a second campaign year laid over it.
const TODAY = '2020-11-30';
const { content, issues } = validateContent(siteOptions(TODAY, ['demo', 'two-years'].map((d) => join(PROJECT, 'tests/fixtures', d))));
const years = content.campaigns.map((c) => c.data.id);
const index = reportIndex(content, TODAY, (y) => `/report/context/${y}.json`);

describe("the report form's data, an index and a part per year", () => {
  it('is made of a valid test site of more than one year with reports in each', () => {
    expect(issues).toEqual([]);
    expect(years.length).toBeGreaterThan(1);
    for (const y of years) expect(content.progress.some((p) => p.data.campaign === y)).toBe(true);
  });

  it("gives each year only that year's plans and reports, without the reports' sources; the years together hold them all", () => {
    for (const y of years) {
      const part = reportYear(content, y);
      expect(part.plans.every((p) => p.campaign === y)).toBe(true);
      expect(part.progress.every((p) => p.campaign === y && p.source === '')).toBe(true);
    }
    expect(years.reduce((n, y) => n + reportYear(content, y).progress.length, 0)).toBe(content.progress.length);
    expect(years.reduce((n, y) => n + reportYear(content, y).plans.length, 0)).toBe(content.plans.length);
    expect(index.years).toEqual(Object.fromEntries(years.map((y) => [y, `/report/context/${y}.json`])));
  });

  it('checks a report against its year exactly as against every year at once (every report of the site sent again, and each with its counts ten times over)', () => {
    const all = reportContext(content, TODAY);
    let flagged = 0;
    for (const e of content.progress) {
      const part = contextOfYear(index, reportYear(content, e.data.campaign));
      const again = { ...e.data };
      const inflated = { ...e.data, asOf: TODAY, ...Object.fromEntries(Object.entries(e.data).filter(([, v]) => typeof v === 'number').map(([k, v]) => [k, (v as number) * 10])) };
      for (const candidate of [again, inflated]) {
        const whole = checkReport(candidate, all);
        expect(checkReport(candidate, part)).toEqual(whole);
        if (whole.issues.length + whole.warnings.length > 0) flagged++;
      }
    }
    // The comparison means something only where the rules had something to say.
    expect(flagged).toBeGreaterThan(content.progress.length);
  });
});

describe('the unit list and its finder', () => {
  const units = unitsInTreeOrder(content.units);

  it('lists every unit once, each after its parent and one level deeper', () => {
    expect(units.map((u) => u.id).sort()).toEqual(content.units.map((u) => u.data.id).sort());
    const at = new Map(units.map((u, i) => [u.id, i]));
    for (const u of units) {
      if (u.parent === null) expect(u.depth).toBe(0);
      else {
        expect(at.get(u.parent)!).toBeLessThan(at.get(u.id)!);
        expect(u.depth).toBe(units[at.get(u.parent)!]!.depth + 1);
      }
    }
  });

  it('shows the whole tree, indented, when nothing is typed', () => {
    const all = unitChoices(units, '  ');
    expect(all.map((c) => c.id)).toEqual(units.map((u) => u.id));
    const deepest = units.reduce((a, b) => (b.depth > a.depth ? b : a));
    expect(all.find((c) => c.id === deepest.id)!.label).toBe(`${'　'.repeat(deepest.depth)}${deepest.name}（${deepest.id}）`);
    expect(unitChoicesStatus(all.length, units.length, '')).toBe(`名单中共 ${units.length} 个单位。`);
  });

  it('narrows to the units whose name or id holds what is typed, full-width letters and any case alike', () => {
    const some = units.find((u) => u.depth === 2)!;
    const byName = unitChoices(units, some.name.slice(0, 2));
    expect(byName.map((c) => c.id)).toContain(some.id);
    expect(byName.every((c) => !c.label.startsWith('　'))).toBe(true);
    const fullWidthId = some.id.toUpperCase().replace(/[A-Z/]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    expect(unitChoices(units, fullWidthId).map((c) => c.id)).toContain(some.id);
    expect(unitChoices(units, '没有这个单位')).toEqual([]);
    expect(unitChoicesStatus(0, units.length, ' 没有这个单位 ')).toBe('没有名称或编号含“没有这个单位”的单位。');
    expect(unitChoicesStatus(1, units.length, '晋江')).toBe('找到 1 个单位，已在下面选中。');
    expect(unitChoicesStatus(2, units.length, '泉州')).toBe('找到 2 个单位，请在下面的名单中选择。');
  });
});
