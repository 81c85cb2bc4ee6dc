import { describe, expect, it } from 'vitest';
import { checkReport, newFileUrl, reportFileText, reportFromInput, reportPath, type ReportContext } from '../../src/lib/report/report';

const ctx: ReportContext = {
  today: '2019-10-15',
  units: [
    { id: 'national', name: '全国', parent: null, kind: 'national' },
    { id: 'fujian', name: '福建省', parent: 'national', kind: 'province' },
    { id: 'fujian/quanzhou', name: '泉州市总工会', parent: 'fujian', kind: 'city' },
    { id: 'fujian/quanzhou/jinjiang', name: '晋江市总工会', parent: 'fujian/quanzhou', kind: 'county-city' },
  ],
  campaigns: [{ id: '2019', title: 't', year: 2019, from: '2019-05-01', to: '2019-11-30', rootNotice: 'zgf-2019-17', summary: 's', transcriptionNotes: [] }],
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

describe('newFileUrl', () => {
  it('opens the host’s new-file page with the path and contents filled in', () => {
    const text = reportFileText(input());
    const url = new URL(newFileUrl({ host: 'https://github.com', owner: 'acme', name: 'portal', branch: 'main' }, 'content/progress/a/2019-09-01.json', text));
    expect(url.origin + url.pathname).toBe('https://github.com/acme/portal/new/main');
    expect(url.searchParams.get('filename')).toBe('content/progress/a/2019-09-01.json');
    expect(url.searchParams.get('value')).toBe(text);
  });
});
