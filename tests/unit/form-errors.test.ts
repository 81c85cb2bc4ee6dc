import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formMessages, noteMessage, summaryMessage, warningMessages, withoutPaths, type FormField } from '../../src/lib/report/form-errors';
import { checkReport, readReportInput, REPORT_COUNTS, type ReportContext, type ReportInput } from '../../src/lib/report/report';

const ctx: ReportContext = {
  today: '2019-10-15',
  units: [
    { id: 'national', name: '全国', parent: null, kind: 'national' },
    { id: 'fujian', name: '福建省', parent: 'national', kind: 'province' },
    { id: 'fujian/quanzhou', name: '泉州市总工会', parent: 'fujian', kind: 'city' },
    { id: 'fujian/quanzhou/jinjiang', name: '晋江市总工会', parent: 'fujian/quanzhou', kind: 'county-city' },
    { id: 'fujian/quanzhou/licheng', name: '鲤城区总工会', parent: 'fujian/quanzhou', kind: 'district' },
  ],
  campaigns: [{ id: '2019', title: 't', year: 2019, from: '2019-05-01', to: '2019-11-30', rootNotice: 'zgf-2019-17', summary: 's', transcriptionNotes: [] }],
  plans: [{ campaign: '2019', notice: 'zgf-2019-17', unit: 'national', targets: { activities: 3000, propagandists: 20000 } }],
  progress: [
    { unit: 'fujian/quanzhou', campaign: '2019', asOf: '2019-09-20', activities: 5, propagandists: 50, source: '泉州' },
    { unit: 'fujian/quanzhou/licheng', campaign: '2019', asOf: '2019-09-25', propagandists: 30, source: '鲤城' },
    { unit: 'fujian/quanzhou/jinjiang', campaign: '2019', asOf: '2019-09-25', propagandists: 20, source: '晋江' },
  ],
};

const entry = (over: Partial<ReportInput> = {}): ReportInput => ({
  unit: 'fujian/quanzhou/jinjiang',
  asOf: '2019-09-01',
  campaign: '2019',
  source: '晋江市总工会报告',
  counts: { activities: '1' },
  ...over,
});

function messages(input: ReportInput) {
  const { candidate } = readReportInput(input);
  return formMessages(checkReport(candidate, ctx).issues, candidate, ctx);
}
const at = (input: ReportInput) => Object.fromEntries(messages(input).map((m) => [m.field, m.message]));

/** The label each box shows; its message must name it. */
const LABELS: Record<Exclude<FormField, 'form'>, string> = {
  campaign: '活动年份',
  unit: '单位',
  asOf: '报告截至日期',
  counts: '报告中的数字',
  source: '数字出处',
  ...Object.fromEntries(REPORT_COUNTS.map((c) => [c.key, c.label])),
} as Record<Exclude<FormField, 'form'>, string>;

describe('the form says what is wrong at each box, in words about the form', () => {
  it('an empty form: every box to fill, one message each, in page order', () => {
    expect(messages(entry({ unit: '', asOf: '', source: '', counts: {} }))).toEqual([
      { field: 'unit', message: '请选择单位。' },
      { field: 'asOf', message: '请填写报告截至日期。' },
      { field: 'counts', message: '报告中的数字：请至少填写一项（报告里给出的数字）。' },
      { field: 'source', message: '请填写数字出处（报告的标题或文号）。' },
    ]);
  });

  it('dates: after today, outside the campaign, a day already reported', () => {
    expect(at(entry({ asOf: '2019-10-20' })).asOf).toBe('报告截至日期不能晚于今天（2019年10月15日）。');
    expect(at(entry({ asOf: '2019-04-30' })).asOf).toBe('报告截至日期要在2019年活动期间内（2019年5月1日至2019年11月30日）；其他年份的报告请先选择活动年份。');
    expect(at(entry({ unit: 'fujian/quanzhou', asOf: '2019-09-20' })).asOf).toMatch(/^报告截至日期：泉州市总工会在2019年9月20日已经有一份报告/);
  });

  it('counts: not a number, a fraction, below 0, past the bound, past the unit above', () => {
    expect(at(entry({ counts: { activities: '十三' } })).activities).toBe('线下活动（场）：请只填数字，如 12。');
    expect(at(entry({ counts: { activities: '1.5' } })).activities).toBe('线下活动（场）：请填写整数，不要写小数。');
    expect(at(entry({ counts: { activities: '-1' } })).activities).toBe('线下活动（场）不能小于 0。');
    expect(at(entry({ counts: { activities: '-0' } })).activities).toBe('线下活动（场）：请写 0（不写 -0）。');
    expect(at(entry({ counts: { activities: '－０' } })).activities).toBe('线下活动（场）：请写 0（不写 -0）。');
    expect(at(entry({ counts: { activities: '30001' } })).activities).toBe('线下活动（场）不能超过 30,000（全国目标 3,000 的十倍）。请核对是否多写了位数。');
    expect(at(entry({ counts: { workersReached: '99999999999999999999' } })).workersReached).toBe('面对面接触职工（名）：这个数字太大，请核对。');
    expect(at(entry({ asOf: '2019-09-20', counts: { activities: '8' } })).activities).toBe('线下活动（场）不能大于泉州市总工会同一天上报的 5。');
    // A total below what a unit under it already reported that day: the build flags the lower unit's file.
    expect(at(entry({ unit: 'fujian/quanzhou', asOf: '2019-09-25', counts: { propagandists: '20' } })).propagandists).toBe(
      '职工好网民宣传员（名）不能小于鲤城区总工会同一天上报的 30。',
    );
    expect(at(entry({ unit: 'fujian/quanzhou', asOf: '2019-09-25', counts: { propagandists: '40' } })).propagandists).toBe(
      '职工好网民宣传员（名）不能小于下级单位同一天上报的合计 50。',
    );
  });

  it('says what it read differently, and how many boxes to fix', () => {
    const { notes } = readReportInput(entry({ counts: { activities: '1,300', propagandists: '１３' } }));
    expect(notes.map(noteMessage)).toEqual(['已按 1300 读入（原来填的是“1,300”：去掉了千位分隔符）。', '已按 13 读入（原来填的是“１３”：全角数字改成了半角）。']);
    expect(summaryMessage(messages(entry({ unit: '', asOf: '' })))).toBe('还不能生成文件：有 2 处需要修改，已在对应的栏目下标出。');
  });

  it('never names a file path or a field path, and every message names its box (random entries)', () => {
    const text = fc.oneof(fc.constantFrom('', ' ', '1', '1,300', '１３', '-2', '1.5', '十', '99999999999999999999', '30001', 'abc'), fc.string({ maxLength: 6 }));
    const input = fc.record({
      unit: fc.constantFrom('', 'fujian/quanzhou/jinjiang', 'fujian/quanzhou', 'nowhere', 'Fujian'),
      asOf: fc.constantFrom('', '2019-09-01', '2019-09-20', '2019-02-30', '2030-01-01', '2019-04-01', '9/1'),
      campaign: fc.constantFrom('2019', '2018', ''),
      source: fc.constantFrom('', '报告'),
      counts: fc.record({ activities: text, propagandists: text, workersReached: text }, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(input, (i) => {
        for (const m of messages(i)) {
          expect(m.message).not.toMatch(/content\/|\.json|字段|\b(unit|asOf|activities|propagandists|workersReached|campaign|source)\b/);
          if (m.field !== 'form') expect(m.message).toContain(LABELS[m.field]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes content/ paths out of any message it passes on', () => {
    expect(withoutPaths('不大于上级单位 a 同日上报的总数 5（content/campaigns/2019/progress/a/2019-09-20.json）')).toBe('不大于上级单位 a 同日上报的总数 5');
  });
});

describe('a count far above the unit\'s own target: said under its box, the report still made', () => {
  const withTable: ReportContext = {
    ...ctx,
    plans: [
      ...ctx.plans,
      {
        campaign: '2019',
        notice: 'qg-2019-27',
        unit: 'fujian/quanzhou',
        targets: { activities: 13, propagandists: 130 },
        columns: [
          { key: 'activities', label: '线下活动数量' },
          { key: 'propagandists', label: '好网民宣传员' },
        ],
        rows: [{ unit: 'fujian/quanzhou/jinjiang', activities: 1, propagandists: 10 }],
        total: { activities: 1, propagandists: 10 },
      },
    ],
  };

  it('words it about the box, with the target, and refuses nothing', () => {
    const { candidate } = readReportInput(entry({ counts: { activities: '12', propagandists: '1,250' } }));
    const { report, issues, warnings } = checkReport(candidate, withTable);
    expect(report).toBeDefined();
    expect(formMessages(issues, candidate, withTable)).toEqual([]);
    expect(warningMessages(warnings, candidate)).toEqual([
      { field: 'activities', message: '线下活动（场）：12 是本单位目标 1 的 12 倍，请核对是否多写了位数；没有写错就可以照常提交。' },
      { field: 'propagandists', message: '职工好网民宣传员（名）：1,250 是本单位目标 10 的 125 倍，请核对是否多写了位数；没有写错就可以照常提交。' },
    ]);
  });

  it('says nothing for a count within ten times the target', () => {
    const { candidate } = readReportInput(entry({ counts: { activities: '10', propagandists: '100' } }));
    expect(warningMessages(checkReport(candidate, withTable).warnings, candidate)).toEqual([]);
  });
});

