import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, indexChildren, MEASURES, share, type Measure, type ReportLike, type TreeUnit } from '../../src/lib/domain/progress';

const u = (id: string, parent: string | null): TreeUnit => ({ id, parent });
const tree: TreeUnit[] = [
  u('national', null),
  u('fujian', 'national'),
  u('tianjin', 'national'),
  u('hebei', 'national'),
  u('fujian/quanzhou', 'fujian'),
  u('fujian/xiamen', 'fujian'),
  u('fujian/quanzhou/jinjiang', 'fujian/quanzhou'),
  u('fujian/quanzhou/licheng', 'fujian/quanzhou'),
];
const r = (unit: string, asOf: string, counts: Partial<Record<Measure, number>>): ReportLike => ({ unit, asOf, ...counts });

describe('aggregate', () => {
  it('takes a unit’s own latest report', () => {
    const agg = aggregate(tree, [r('tianjin', '2019-08-01', { activities: 40 }), r('tianjin', '2019-09-01', { activities: 90 })]);
    const t = agg.byUnit.get('tianjin')!;
    expect(t.figures.activities).toMatchObject({ value: 90, from: 'own', asOf: '2019-09-01' });
    expect(t.status).toBe('own');
    expect(t.own.map((x) => x.asOf)).toEqual(['2019-09-01', '2019-08-01']);
  });

  it('sums the children’s latest figures where a unit has not reported, up every level', () => {
    const agg = aggregate(tree, [
      r('fujian/quanzhou/jinjiang', '2019-08-20', { activities: 1 }),
      r('fujian/quanzhou/jinjiang', '2019-09-20', { activities: 2 }),
      r('fujian/quanzhou/licheng', '2019-09-29', { activities: 1 }),
      r('fujian/xiamen', '2019-09-30', { activities: 14 }),
      r('tianjin', '2019-09-30', { activities: 120 }),
    ]);
    expect(agg.byUnit.get('fujian/quanzhou')!.figures.activities).toMatchObject({ value: 3, from: 'children', asOf: '2019-09-29', since: '2019-09-20' });
    expect(agg.byUnit.get('fujian')!.figures.activities).toMatchObject({ value: 17, from: 'children' });
    expect(agg.byUnit.get('national')!.figures.activities).toMatchObject({ value: 137, from: 'children', since: '2019-09-20', asOf: '2019-09-30' });
    expect(agg.byUnit.get('national')!.figures.activities!.reports).toHaveLength(4);
    expect(agg.byUnit.get('national')!.status).toBe('children');
  });

  it('lets a unit’s own report win over its children’s, also over later ones, and counts them once', () => {
    const agg = aggregate(tree, [
      r('fujian/quanzhou', '2019-09-28', { activities: 9 }),
      r('fujian/quanzhou/jinjiang', '2019-09-20', { activities: 2 }),
      r('fujian/quanzhou/licheng', '2019-09-29', { activities: 1 }),
    ]);
    const q = agg.byUnit.get('fujian/quanzhou')!;
    expect(q.figures.activities).toMatchObject({ value: 9, from: 'own' });
    expect(q.childrenSum.activities).toMatchObject({ value: 3, from: 'children' });
    expect(agg.byUnit.get('national')!.figures.activities!.value).toBe(9);
  });

  it('works measure by measure: an own report without a measure leaves it to the children', () => {
    const agg = aggregate(tree, [
      r('fujian/quanzhou', '2019-09-28', { activities: 9 }),
      r('fujian/quanzhou/jinjiang', '2019-09-20', { activities: 2, propagandists: 12 }),
    ]);
    const q = agg.byUnit.get('fujian/quanzhou')!;
    expect(q.figures.activities?.from).toBe('own');
    expect(q.figures.propagandists).toMatchObject({ value: 12, from: 'children' });
  });

  it('takes the latest report that states the measure', () => {
    const agg = aggregate(tree, [r('hebei', '2019-08-01', { activities: 5, propagandists: 50 }), r('hebei', '2019-09-01', { activities: 8 })]);
    const h = agg.byUnit.get('hebei')!.figures;
    expect(h.activities).toMatchObject({ value: 8, asOf: '2019-09-01' });
    expect(h.propagandists).toMatchObject({ value: 50, asOf: '2019-08-01' });
  });

  it('counts 0 as a figure, not as no report', () => {
    const agg = aggregate(tree, [r('hebei', '2019-08-01', { activities: 0 })]);
    expect(agg.byUnit.get('hebei')!.figures.activities?.value).toBe(0);
    expect(agg.byUnit.get('national')!.figures.activities?.value).toBe(0);
  });

  it('has no figures and status none where nobody reported', () => {
    const agg = aggregate(tree, []);
    expect(agg.byUnit.get('national')).toMatchObject({ figures: {}, childrenSum: {}, status: 'none' });
    for (const id of ['fujian', 'tianjin', 'hebei']) expect(agg.byUnit.get(id)?.status ?? 'none', id).toBe('none');
  });

  it('keeps reports of unknown units aside instead of dropping them', () => {
    const agg = aggregate(tree, [r('fujian/quanzhou/jinjang', '2019-09-01', { activities: 1 })]);
    expect(agg.unknown).toHaveLength(1);
    expect(agg.byUnit.get('national')!.status).toBe('none');
  });

  it('refuses two reports of one unit for the same day rather than choosing one', () => {
    expect(() => aggregate(tree, [r('hebei', '2019-09-01', { activities: 1 }), r('hebei', '2019-09-01', { activities: 2 })])).toThrow(/hebei 在 2019-09-01 有两份/);
  });

  it('does not loop on a cycle (validation rejects it; the function still ends)', () => {
    const agg = aggregate([u('a', 'b'), u('b', 'a')], [r('a', '2019-09-01', { activities: 1 })]);
    expect(agg.byUnit.get('a')!.figures.activities?.value).toBe(1);
  });
});


describe('share', () => {
  it('is the figure over the target', () => {
    expect(share(37, 100)).toBe(0.37);
    expect(share(120, 100)).toBe(1.2);
    expect(share(0, 13)).toBe(0);
  });
  it('is undefined without a figure or a usable target', () => {
    expect(share(undefined, 100)).toBeUndefined();
    expect(share(5, undefined)).toBeUndefined();
    expect(share(5, 0)).toBeUndefined();
  });
});

describe('indexChildren', () => {
  it('indexes each unit’s children once, in input order', () => {
    const idx = indexChildren(tree);
    expect(idx.get('fujian')!.map((x) => x.id)).toEqual(['fujian/quanzhou', 'fujian/xiamen']);
    expect(idx.get('fujian/quanzhou/jinjiang')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------
// Properties over random trees and report sets.

/** A random tree: unit i's parent is one of the units before it, so it is a tree rooted at u0. */
const treeArb = fc
  .array(fc.nat(), { minLength: 0, maxLength: 40 })
  .map((picks) => [u('u0', null), ...picks.map((p, i) => u(`u${i + 1}`, `u${p % (i + 1)}`))]);

const countsArb = fc.record(
  Object.fromEntries(MEASURES.map((m) => [m, fc.option(fc.nat({ max: 5000 }), { nil: undefined, freq: 3 })])) as Record<Measure, fc.Arbitrary<number | undefined>>,
);

/** Trees with reports on distinct (unit, day) pairs. */
const caseArb = treeArb.chain((units) =>
  fc
    .uniqueArray(fc.record({ unit: fc.nat({ max: units.length - 1 }), day: fc.integer({ min: 1, max: 28 }), counts: countsArb }), {
      maxLength: 60,
      selector: (x) => `${x.unit} ${x.day}`,
    })
    .map((rs) => ({
      units,
      reports: rs.map((x) => {
        const rep: ReportLike = { unit: `u${x.unit}`, asOf: `2019-09-${String(x.day).padStart(2, '0')}` };
        for (const m of MEASURES) if (x.counts[m] !== undefined) rep[m] = x.counts[m];
        return rep;
      }),
    })),
);

/** The latest own report of a unit that states a measure, found the slow, obvious way. */
function latestOwn(reports: readonly ReportLike[], unit: string, m: Measure): ReportLike | undefined {
  return reports.filter((x) => x.unit === unit && x[m] !== undefined).sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
}

function ancestors(units: readonly TreeUnit[], id: string): string[] {
  const parent = new Map(units.map((x) => [x.id, x.parent]));
  const out: string[] = [];
  for (let p = parent.get(id); p != null; p = parent.get(p)) out.push(p);
  return out;
}

describe('aggregate: properties', () => {
  it('is consistent at every level: own latest report, else the sum of the children', () => {
    fc.assert(
      fc.property(caseArb, ({ units, reports }) => {
        const agg = aggregate(units, reports);
        const kids = indexChildren(units);
        for (const unit of units) {
          const p = agg.byUnit.get(unit.id)!;
          for (const m of MEASURES) {
            const childFigures = (kids.get(unit.id) ?? []).map((c) => agg.byUnit.get(c.id)!.figures[m]).filter((f) => f !== undefined);
            const sum = childFigures.reduce((s, f) => s + f!.value, 0);
            expect(p.childrenSum[m]?.value).toBe(childFigures.length > 0 ? sum : undefined);
            const own = latestOwn(reports, unit.id, m);
            if (own) expect(p.figures[m]).toMatchObject({ value: own[m], from: 'own', asOf: own.asOf });
            else expect(p.figures[m]?.value).toBe(childFigures.length > 0 ? sum : undefined);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never counts a report twice: the top total is the sum over the topmost reporting units', () => {
    fc.assert(
      fc.property(caseArb, ({ units, reports }) => {
        const agg = aggregate(units, reports);
        for (const m of MEASURES) {
          // Units that reported m, with no unit above them that reported m too.
          const reporters = units.filter((x) => latestOwn(reports, x.id, m));
          const reporting = new Set(reporters.map((x) => x.id));
          const topmost = reporters.filter((x) => !ancestors(units, x.id).some((a) => reporting.has(a)));
          const expected = topmost.map((x) => latestOwn(reports, x.id, m)!);
          const root = agg.byUnit.get('u0')!.figures[m];
          expect(root?.value).toBe(expected.length > 0 ? expected.reduce((s, x) => s + x[m]!, 0) : undefined);
          const counted = root?.reports ?? [];
          expect(new Set(counted).size).toBe(counted.length);
          expect(new Set(counted)).toEqual(new Set(expected));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets an own report win: reports below a unit that reported do not change its figure', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), countsArb, ({ units, reports }, pick, counts) => {
        const target = units[pick % units.length]!;
        const own: ReportLike = { unit: target.id, asOf: '2019-10-15', activities: 7 };
        const base = aggregate(units, [...reports.filter((x) => x.unit !== target.id), own]);
        // Children of the target report more, later; the target's figure and everything above it stay put.
        const below = (indexChildren(units).get(target.id) ?? []).map((c) => ({ unit: c.id, asOf: '2019-10-30', ...counts }));
        const more = aggregate(units, [...reports.filter((x) => x.unit !== target.id), own, ...below]);
        expect(more.byUnit.get(target.id)!.figures.activities?.value).toBe(7);
        for (const a of ancestors(units, target.id))
          expect(more.byUnit.get(a)!.figures.activities?.value).toBe(base.byUnit.get(a)!.figures.activities?.value);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order reports are read in', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.shuffledSubarray(c.reports, { minLength: c.reports.length, maxLength: c.reports.length }).map((shuffled) => ({ ...c, shuffled }))),
        ({ units, reports, shuffled }) => {
          const a = aggregate(units, reports);
          const b = aggregate(units, shuffled);
          for (const x of units)
            for (const m of MEASURES) expect(b.byUnit.get(x.id)!.figures[m]?.value).toBe(a.byUnit.get(x.id)!.figures[m]?.value);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('status says whether anything was reported in the branch', () => {
    fc.assert(
      fc.property(caseArb, ({ units, reports }) => {
        const agg = aggregate(units, reports);
        for (const x of units) {
          const inBranch = reports.some((rep) => (rep.unit === x.id || ancestors(units, rep.unit).includes(x.id)) && MEASURES.some((m) => rep[m] !== undefined));
          const ownAny = reports.some((rep) => rep.unit === x.id);
          const status = agg.byUnit.get(x.id)!.status;
          if (ownAny) expect(status).toBe('own');
          else expect(status).toBe(inBranch ? 'children' : 'none');
        }
      }),
      { numRuns: 200 },
    );
  });
});
