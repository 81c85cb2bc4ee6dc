import { describe, expect, it } from 'vitest';
import { chartConfig, chartHeight, COLOURS, paperBackground, tooltipText, wrapLabel } from '../../src/lib/charts/config';
import { chartCsv, chartJson, chartPayload, type ChartPayload, childrenChart, figureBasis, figureDate, planChart, yearsChart } from '../../src/lib/charts/model';
import { formatPercent } from '../../src/lib/formats/text';
import { aggregate, type ReportLike } from '../../src/lib/domain/progress';
import type { UnitTarget } from '../../src/lib/domain/targets';

const t = (key: UnitTarget['key'], value: number): UnitTarget => ({ key, value, label: key, unit: '场', setBy: [] });
const units = [
  { id: 'p', parent: null },
  { id: 'p/a', parent: 'p' },
  { id: 'p/b', parent: 'p' },
  { id: 'p/c', parent: 'p' },
];
const reports: ReportLike[] = [
  { unit: 'p/a', asOf: '2019-09-01', activities: 12, source: '甲单位报告，含逗号, 和"引号"' },
  { unit: 'p/b', asOf: '2019-09-20', activities: 3 },
];
const agg = aggregate(units, reports);
const ref = (id: string, name: string) => ({ id, name, href: `units/${id}/` });
const children = [
  { unit: ref('p/a', '甲'), targets: [t('activities', 10)], progress: agg.byUnit.get('p/a') },
  { unit: ref('p/b', '乙'), targets: [t('activities', 10)], progress: agg.byUnit.get('p/b') },
  { unit: ref('p/c', '丙'), targets: [t('activities', 5)], progress: agg.byUnit.get('p/c') },
];

describe('childrenChart', () => {
  const c = childrenChart('2019', ref('p', '上级'), 'activities', children);

  it('has a row per child and sums each figure once', () => {
    expect(c.rows.map((r) => [r.unitName, r.target, r.reported])).toEqual([
      ['甲', 10, 12],
      ['乙', 10, 3],
      ['丙', 5, undefined],
    ]);
    expect(c.total).toEqual({ target: 25, reported: 15, share: 0.6 });
    expect(c.reportedRows).toBe(2);
    expect(c.files).toEqual({ csv: 'data/2019/units/p/children-activities.csv', json: 'data/2019/units/p/children-activities.json' });
  });

  it('says it in a sentence', () => {
    expect(c.summary).toBe('3 个下级单位中 2 个已上报“走进企业或开展线下活动”，合计 15 场，为分配目标合计 25 场的 60%；1 个尚未上报。1 个单位已达到或超过目标。');
  });

  it('says 尚未上报 and shows the targets when nothing is reported', () => {
    const none = childrenChart('2019', ref('p', '上级'), 'activities', children.map((x) => ({ ...x, progress: undefined })));
    expect(none.summary).toBe('尚未上报：3 个下级单位都还没有上报“走进企业或开展线下活动”。图表只显示分配目标，共 25 场。');
    expect(chartPayload(none).target).toEqual([10, 10, 5]);
    expect(chartPayload(none).reported).toEqual([null, null, null]);
  });

  it('gives no total target where only some children have one, and may list only those with data', () => {
    const mixed = childrenChart('2019', ref('p', '上级'), 'activities', [children[0]!, { ...children[1]!, targets: [] }, { ...children[2]!, targets: [] }], true);
    expect(mixed.rows.map((r) => r.unitId)).toEqual(['p/a', 'p/b']);
    expect(mixed.total).toEqual({ target: undefined, reported: 15, share: undefined });
    expect(mixed.summary).toContain('只有部分单位有这项目标');
  });
});

describe('planChart', () => {
  it('compares each measure with its target and names how the figure came about', () => {
    const c = planChart('2019', ref('p', '上级'), [t('activities', 30), t('propagandists', 100)], agg.byUnit.get('p'))!;
    expect(c.rows.map((r) => [r.measure, r.target, r.reported])).toEqual([
      ['propagandists', 100, undefined],
      ['activities', 30, 15],
    ]);
    expect(c.summary).toBe('上级：好网民宣传员尚未上报；线下活动 15 场（目标 30 场的 50%）。计算方式和日期见下表。');
    const row = c.rows[1]!;
    expect(figureBasis(row)).toBe('下级单位上报之和，共 2 份报告');
    expect(figureDate(row)).toBe('2019年9月1日至9月20日');
    expect(figureDate({ since: '2019-12-30', asOf: '2020-01-02' })).toBe('2019年12月30日至2020年1月2日');
  });

  it('is undefined for a unit with neither targets nor figures', () => {
    expect(planChart('2019', ref('p/c', '丙'), [], agg.byUnit.get('p/c'))).toBeUndefined();
  });

  it('draws shares, with the absolute figures in the tooltips', () => {
    const c = planChart('2019', ref('p', '上级'), [t('activities', 30)], agg.byUnit.get('p'))!;
    const p = chartPayload(c);
    expect(p).toMatchObject({ mode: 'share', labels: ['线下活动'], target: [100], reported: [50] });
    expect(tooltipText(p, 'target', 0)).toBe('目标 30 场');
    expect(tooltipText(p, 'reported', 0)).toBe('已上报 15 场（50%）');
  });

  it('draws plain figures for a unit without targets', () => {
    const c = planChart('2019', ref('p', '上级'), [], agg.byUnit.get('p'))!;
    expect(chartPayload(c)).toMatchObject({ mode: 'count', target: [null], reported: [15] });
  });
});

describe('downloads', () => {
  const c = childrenChart('2019', ref('p', '上级'), 'activities', children);

  it('CSV: byte-order mark, header, the year on every row, quoted cells, a total line, CRLF', () => {
    const csv = chartCsv(c);
    expect(csv.startsWith('\uFEFF年份,单位编号,单位名称,指标,计量单位,目标,已上报,完成比例,计算方式,日期,报告来源\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('2019,p/a,甲,走进企业或开展线下活动,场,10,12,1.2000,本单位上报,2019-09-01,"甲单位报告，含逗号, 和""引号"""');
    expect(lines[3]).toBe('2019,p/c,丙,走进企业或开展线下活动,场,5,,,尚未上报,,');
    expect(lines[4]).toBe('2019,,合计,走进企业或开展线下活动,场,25,15,0.6000,,,');
  });

  it('JSON: the same rows, nulls where nothing is known, and the sample flag', () => {
    const j = chartJson(c, true);
    expect(j.sampleData).toBe(true);
    expect(j.campaign).toBe('2019');
    expect(j.rows[2]).toMatchObject({ campaign: '2019', unit: 'p/c', target: 5, reported: null, share: null, basis: null });
    expect(j.total).toEqual({ target: 25, reported: 15, share: 0.6 });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('chartConfig', () => {
  const c = childrenChart('2019', ref('p', '上级'), 'activities', children);
  const config = chartConfig(chartPayload(c), 'hatch');

  it('is a horizontal bar chart of targets (hatched, outlined) and figures (solid)', () => {
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    const [target, reported] = config.data.datasets;
    expect(target).toMatchObject({ label: '目标', data: [10, 10, 5], backgroundColor: 'hatch', borderColor: COLOURS.target });
    expect(reported).toMatchObject({ label: '已上报', data: [12, 3, null], backgroundColor: COLOURS.reported });
    expect(config.options?.animation).toBe(false);
  });

  it('shows the targets alone while nothing is reported', () => {
    const none = childrenChart('2019', ref('p', '上级'), 'activities', children.map((x) => ({ ...x, progress: undefined })));
    expect(chartConfig(chartPayload(none)).data.datasets.map((d) => d.label)).toEqual(['目标']);
  });

  it('writes the axis figures with grouping, without chart.js building an Intl.NumberFormat', () => {
    const x = config.options!.scales!.x as unknown as { ticks: { callback: (v: number | string) => string } };
    expect(x.ticks.callback(20_000)).toBe('20,000');
    expect(x.ticks.callback('1500')).toBe('1,500');
  });

  it('labels tooltips with the figures in words', () => {
    const label = config.options!.plugins!.tooltip!.callbacks!.label as unknown as (item: { datasetIndex: number; dataIndex: number }) => string;
    expect(label({ datasetIndex: 0, dataIndex: 2 })).toBe('目标 5 场');
    expect(label({ datasetIndex: 1, dataIndex: 2 })).toBe('尚未上报');
  });

  it('gives every row room', () => {
    expect(chartHeight(1)).toBe(160);
    expect(chartHeight(35)).toBe(35 * 44 + 96);
  });

  it('grows with the text size: at 200% labels, legend boxes and rows are twice as large', () => {
    type Font = { size: number };
    const fonts = (cfg: ReturnType<typeof chartConfig>) => {
      const o = cfg.options as unknown as {
        font: Font;
        scales: { x: { ticks: { font: Font }; title: { font: Font } }; y: { ticks: { font: Font } } };
        plugins: { legend: { labels: { font: Font; boxWidth: number } } };
      };
      return [o.font.size, o.scales.x.ticks.font.size, o.scales.x.title.font.size, o.scales.y.ticks.font.size, o.plugins.legend.labels.font.size, o.plugins.legend.labels.boxWidth];
    };
    const normal = fonts(chartConfig(chartPayload(c), 'hatch', 16));
    const doubled = fonts(chartConfig(chartPayload(c), 'hatch', 32));
    expect(normal).toEqual([13, 13, 13, 13, 13, 28]);
    expect(doubled).toEqual(normal.map((n) => n * 2));
    expect(chartHeight(10, 2)).toBe(2 * chartHeight(10));
  });

  it('wraps a long label to fit beside the bars, and leaves short ones alone', () => {
    const y = (width: number, textPx: number) =>
      (chartConfig(chartPayload(c), 'hatch', textPx, width).options!.scales!.y as unknown as { ticks: { callback: (v: number, i: number) => string | string[] } }).ticks;
    expect(y(325, 16).callback(0, 0)).toBe('甲');
    expect(wrapLabel('平潭综合实验区总工会', 5.6)).toEqual(['平潭综合实', '验区总工会']);
    expect(wrapLabel('福州市总工会', 5)).toEqual(['福州市', '总工会']);
    expect(wrapLabel('福州市总工会', 6)).toBe('福州市总工会');
    expect(wrapLabel('新疆生产建设兵团总工会', 4)).toEqual(['新疆生产', '建设兵团', '总工会']);
  });

  it('paints the canvas white under the chart, so that forced dark cannot leave dark text on a darkened page', () => {
    const calls: string[] = [];
    const ctx = {
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      fillRect: (...a: number[]) => calls.push(`fillRect ${a.join(',')} ${ctx.fillStyle} ${ctx.globalCompositeOperation}`),
      fillStyle: '',
      globalCompositeOperation: 'source-over',
    };
    const before = paperBackground.beforeDraw as unknown as (chart: { ctx: typeof ctx; width: number; height: number }) => void;
    before({ ctx, width: 300, height: 200 });
    expect(calls).toEqual(['save', `fillRect 0,0,300,200 ${COLOURS.paper} destination-over`, 'restore']);
    expect(chartConfig(chartPayload(c)).plugins).toContain(paperBackground);
  });
});

describe('colours', () => {
  /** WCAG relative luminance contrast against white. */
  const contrast = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    return 1.05 / (l + 0.05);
  };
  it('bars pass 3:1 and text 4.5:1 against white', () => {
    expect(contrast(COLOURS.target)).toBeGreaterThanOrEqual(3);
    expect(contrast(COLOURS.reported)).toBeGreaterThanOrEqual(3);
    expect(contrast(COLOURS.text)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('formatPercent', () => {
  it('rounds to one decimal and marks a missing share', () => {
    expect(formatPercent(0.1107)).toBe('11.1%');
    expect(formatPercent(1.2)).toBe('120%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(undefined)).toBe('—');
  });
});

describe('yearsChart', () => {
  const years = [
    { year: '2020', targets: [t('activities', 12)], progress: aggregate(units, [{ unit: 'p', asOf: '2020-09-01', activities: 7 }]).byUnit.get('p') },
    { year: '2019', targets: [t('activities', 10)], progress: agg.byUnit.get('p') },
  ];

  it('is only for a unit with two or more years', () => {
    expect(yearsChart(ref('p', '上级'), years.slice(0, 1))).toBeUndefined();
  });

  it('has a row per measure and year, oldest first, each year its own figures, never summed across years', () => {
    const c = yearsChart(ref('p', '上级'), years)!;
    expect(c.rows.map((r) => [r.year, r.measure, r.target, r.reported])).toEqual([
      ['2019', 'activities', 10, 15],
      ['2020', 'activities', 12, 7],
    ]);
    expect(c.files.csv).toBe('data/units/p/years.csv');
    expect(chartPayload(c).labels).toEqual(['线下活动 2019年', '线下活动 2020年']);
    expect(chartCsv(c).split('\r\n')[2]).toMatch(/^2020,p,上级,/);
    expect(c.summary).toContain('不跨年相加');
  });
});

describe('tooltips', () => {
  it('give the figures themselves and, where there is a target, the share, in both modes', () => {
    const shareMode: ChartPayload = { mode: 'share', labels: ['a', 'b', 'c'], target: [100, 100, null], reported: [116.7, null, null], targetCount: [300, 10, null], reportedCount: [350, null, 4], units: ['名', '场', '名'], axis: '' };
    expect([0, 1, 2].map((i) => tooltipText(shareMode, 'reported', i))).toEqual(['已上报 350 名（116.7%）', '尚未上报', '已上报 4 名']);
    const countMode: ChartPayload = { mode: 'count', labels: ['甲', '乙'], target: [10, null], reported: [12, 3], share: [1.2, null], units: ['场'], axis: '' };
    expect([0, 1].map((i) => tooltipText(countMode, 'target', i))).toEqual(['目标 10 场', '没有目标']);
    expect([0, 1].map((i) => tooltipText(countMode, 'reported', i))).toEqual(['已上报 12 场（120%）', '已上报 3 场']);
  });
});
