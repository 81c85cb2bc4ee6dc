import { describe, expect, it } from 'vitest';
import { checkReport, readReportInput, reportFileText, reportFromInput, reportPath, type ReportContext } from '../../src/lib/report/report';

const ctx: ReportContext = {
  today: '2019-10-15',
  units: [
    { id: 'national', name: '全国', parent: null, kind: 'national' },
    { id: 'fujian', name: '福建省', parent: 'national', kind: 'province' },
    { id: 'fujian/quanzhou', name: '泉州市总工会', parent: 'fujian', kind: 'city' },
    { id: 'fujian/quanzhou/jinjiang', name: '晋江市总工会', parent: 'fujian/quanzhou', kind: 'county-city' },
  ],
  campaigns: [{ id: '2019', title: 't', year: 2019, from: '2019-05-01', to: '2019-11-30', rootNotice: 'zgf-2019-17', summary: 's', transcriptionNotes: [] }],
  plans: [
    { campaign: '2019', notice: 'zgf-2019-17', unit: 'national', targets: { activities: 3000, propagandists: 20000, netizensCovered: 100000000 } },
    { campaign: '2019', notice: 'mg-2019-64', unit: 'fujian', targets: { activities: 100 } },
  ],
  progress: [{ unit: 'fujian/quanzhou', campaign: '2019', asOf: '2019-09-20', activities: 5, source: '泉州市总工会报告' }],
};

const input = (over: Partial<Parameters<typeof reportFromInput>[0]> = {}) =>
  reportFromInput({
    unit: 'fujian/quanzhou/jinjiang',
    asOf: '2019-09-01',
    campaign: '2019',
    source: ' 晋江市总工会报告 ',
    counts: { activities: '1', propagandists: ' 10 ', workersReached: '' },
    ...over,
  });

describe('reportFromInput and the file', () => {
  it('keeps only the counts given, as numbers, in a fixed order', () => {
    const r = input();
    expect(Object.keys(r)).toEqual(['unit', 'campaign', 'asOf', 'activities', 'propagandists', 'source']);
    expect(r).toMatchObject({ activities: 1, propagandists: 10, source: '晋江市总工会报告' });
  });
  it('writes the file at campaigns/<year>/progress/<unit>/<date>.json, two-space JSON with a final newline', () => {
    const r = input();
    expect(reportPath({ unit: 'fujian/quanzhou/jinjiang', asOf: '2019-09-01', campaign: '2019' })).toBe('content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json');
    expect(reportFileText(r)).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });
});

describe('checkReport uses the build’s schema and rules', () => {
  it('accepts a good report', () => {
    const { report, issues } = checkReport(input(), ctx);
    expect(issues).toEqual([]);
    expect(report?.activities).toBe(1);
  });
  it('reports a bad count and an unknown unit together', () => {
    const { report, issues } = checkReport(input({ unit: 'fujian/quanzhou/jinjang', counts: { activities: '-1' } }), ctx);
    expect(report).toBeUndefined();
    expect(issues.map((i) => i.path).sort()).toEqual(['activities', 'unit']);
    expect(issues.find((i) => i.path === 'unit')?.expected).toContain('fujian/quanzhou/jinjiang');
  });
  it('refuses a count that is not a whole number', () => {
    const { issues } = checkReport(input({ counts: { activities: '1.5', propagandists: '十' } }), ctx);
    expect(issues.map((i) => `${i.path}:${i.found}`)).toEqual(['activities:1.5', 'propagandists:"十"']);
  });
  it('refuses a second report for the same unit and date, and a date after today or outside the campaign', () => {
    expect(checkReport(input({ unit: 'fujian/quanzhou', asOf: '2019-09-20' }), ctx).issues[0]?.expected).toContain('同一单位同一日期只有一份');
    expect(checkReport(input({ asOf: '2019-10-20' }), ctx).issues[0]?.expected).toContain('不晚于今天（2019-10-15）');
    expect(checkReport(input({ asOf: '2019-04-30' }), ctx).issues[0]?.expected).toContain('在活动期间内');
  });
  it('names the line of the field in the file it would write', () => {
    const { issues } = checkReport(input({ counts: { activities: '-1' } }), ctx);
    expect(issues[0]?.line).toBe(5);
  });
});

describe('what staff type is read before it is checked', () => {
  it('reads full-width digits, thousands separators and spaces as the number, and says what changed', () => {
    const { candidate, notes } = readReportInput({
      unit: 'fujian/quanzhou/jinjiang',
      asOf: '2019-09-01',
      campaign: '2019',
      source: 'x',
      counts: { activities: '１３', propagandists: '1,300', workersReached: '1 200', netizensCovered: '１２，３４５' },
    });
    expect(candidate).toMatchObject({ activities: 13, propagandists: 1300, workersReached: 1200, netizensCovered: 12345 });
    expect(notes.map((n) => [n.key, n.typed, n.value, n.changes])).toEqual([
      ['activities', '１３', 13, ['fullwidth']],
      ['propagandists', '1,300', 1300, ['separators']],
      ['workersReached', '1 200', 1200, ['spaces']],
      ['netizensCovered', '１２，３４５', 12345, ['fullwidth', 'separators']],
    ]);
    expect(checkReport(candidate, ctx).issues).toEqual([]);
  });
  it('leaves what is not plainly a number as typed, so the check refuses it', () => {
    const { candidate, notes } = readReportInput({ unit: 'a', asOf: 'b', campaign: '2019', source: 'x', counts: { activities: '1,30', propagandists: '十三' } });
    expect(candidate).toMatchObject({ activities: '1,30', propagandists: '十三' });
    expect(notes).toEqual([]);
  });
});

describe('bounds and at least one figure (the build’s rules)', () => {
  it('refuses a count above ten times the national target, and one past what a number keeps exactly', () => {
    const over = checkReport(input({ counts: { activities: '30001' } }), ctx).issues;
    expect(over.map((i) => [i.path, i.rule, i.expected])).toEqual([['activities', 'progressWithinBounds', expect.stringContaining('不大于 30000')]]);
    expect(checkReport(input({ counts: { activities: '30000' } }), ctx).issues).toEqual([]);
    const huge = checkReport(input({ counts: { workersReached: '99999999999999999999' } }), ctx).issues;
    // No national target for workersReached here: the bound is Number.MAX_SAFE_INTEGER.
    expect(huge.map((i) => [i.path, i.expected, i.found])).toEqual([
      ['workersReached', expect.stringContaining(`不大于 ${Number.MAX_SAFE_INTEGER}`), expect.stringContaining('超出能准确记下的范围')],
    ]);
    expect(checkReport(input({ counts: { workersReached: String(Number.MAX_SAFE_INTEGER) } }), ctx).issues).toEqual([]);
  });
  it('refuses a report without any figure, and says so even when other fields are wrong too', () => {
    const none = checkReport(input({ counts: {} }), ctx).issues;
    expect(none.map((i) => [i.path, i.rule])).toEqual([['', 'progressHasFigure']]);
    const empty = checkReport(reportFromInput({ unit: '', asOf: '', campaign: '2019', source: '', counts: {} }), ctx).issues;
    // One issue per field: an empty date is one problem, not two.
    expect(empty.map((i) => [i.path, i.rule])).toEqual([
      ['unit', 'schema'],
      ['asOf', 'schema'],
      ['source', 'schema'],
      ['', 'progressHasFigure'],
    ]);
  });
  it('does not call a mistyped figure a missing one', () => {
    const issues = checkReport(input({ counts: { activities: 'abc' } }), ctx).issues;
    expect(issues.map((i) => i.path)).toEqual(['activities']);
  });
});

describe('a count far above its unit\'s own target', () => {
  // Quanzhou's table allocates 1 activity to Jinjiang: that is Jinjiang's own target.
  const withTable: ReportContext = {
    ...ctx,
    plans: [
      ...ctx.plans,
      {
        campaign: '2019',
        notice: 'qg-2019-27',
        unit: 'fujian/quanzhou',
        targets: { activities: 1 },
        columns: [{ key: 'activities', label: '线下活动数量' }],
        rows: [{ unit: 'fujian/quanzhou/jinjiang', activities: 1 }],
        total: { activities: 1 },
      },
    ],
  };

  it('passes with a warning that names the target and where it comes from', () => {
    const { report, issues, warnings } = checkReport(input({ counts: { activities: '12' } }), withTable);
    expect(issues).toEqual([]);
    expect(report).toBeDefined();
    expect(warnings.map((w) => [w.path, w.rule, w.severity, w.expected])).toEqual([
      ['activities', 'progressAboveUnitTarget', 'warning', '“线下活动数量”是本单位目标 1（上级分配表 qg-2019-27 分配给本单位的数）的 12 倍，超过了十倍：是否多写了位数？核对无误就不用改'],
    ]);
  });

  it('says nothing at ten times, and nothing where the unit has no target', () => {
    expect(checkReport(input({ counts: { activities: '10' } }), withTable).warnings).toEqual([]);
    expect(checkReport(input({ counts: { activities: '12' } }), ctx).warnings).toEqual([]);
  });

  it('still refuses what is wrong, and keeps the warning apart', () => {
    const { report, issues, warnings } = checkReport(input({ asOf: '2019-10-20', counts: { activities: '12' } }), withTable);
    expect(report).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual(['asOf']);
    expect(warnings.map((w) => w.path)).toEqual(['activities']);
  });
});

