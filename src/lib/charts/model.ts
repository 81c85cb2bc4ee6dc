import { paths } from '../addresses';
import { toCsv } from '../formats/csv';
import { formatChineseDate, formatFull, formatPercent } from '../formats/text';
import { MEASURES, share, type Figure, type Measure, type UnitProgress } from '../domain/progress';
import { targetFor, type UnitTarget } from '../domain/targets';
import { MEASURE_WORDS } from '../words';

/**
 * The progress tables and charts of the unit pages, as data: each chart is drawn from one
 * table, and the same rows are its CSV and JSON downloads. Nothing here renders.
 */

export interface ChartRow {
  /** The campaign year the row is about. */
  year: string;
  unitId: string;
  /** As printed in the notice that allocates to the unit. */
  unitName: string;
  /** The unit's page inside the site (no base), for children rows. */
  href?: string;
  measure: Measure;
  target?: number;
  reported?: number;
  share?: number;
  /** `own`: the unit's report; `children`: the sum of its children's. */
  from?: Figure['from'];
  asOf?: string;
  since?: string;
  /** How many reports the figure adds up. */
  reports: number;
  /** The `source` of the unit's own report, for the downloads. */
  sources: string[];
}

export interface ChartModel {
  unitId: string;
  /** The campaign year; absent for the year-by-year chart, which spans them. */
  year?: string;
  /** `plan` (the unit's "12351+" figures against its targets), `children-<measure>`, or `years`. */
  key: string;
  /** Unique on its page: the year and the key. */
  domId: string;
  kind: 'plan' | 'children' | 'years';
  /** For a children chart, the measure it compares. */
  measure?: Measure;
  title: string;
  rows: ChartRow[];
  /** Children charts: the column sums (each child's figure counted once). */
  total?: { target?: number; reported?: number; share?: number };
  /** Rows with a reported figure. */
  reportedRows: number;
  summary: string;
  /** Download addresses inside the site (no base). */
  files: { csv: string; json: string };
}

export interface UnitRef {
  id: string;
  name: string;
  href?: string;
}

/** A chart's downloads: under its year (/data/2019/units/…), or, for the year-by-year chart, /data/units/…. */
export function chartFiles(unitId: string, key: string, year?: string): { csv: string; json: string } {
  return { csv: paths.chartFile(unitId, key, 'csv', year), json: paths.chartFile(unitId, key, 'json', year) };
}

function row(year: string, unit: UnitRef, measure: Measure, target: UnitTarget | undefined, figure: Figure | undefined): ChartRow {
  return {
    year,
    unitId: unit.id,
    unitName: unit.name,
    href: unit.href,
    measure,
    target: target?.value,
    reported: figure?.value,
    share: share(figure?.value, target?.value),
    from: figure?.from,
    asOf: figure?.asOf,
    since: figure?.since,
    reports: figure?.reports.length ?? 0,
    // A sum names its reports on the children's own tables; listing them all again at every level would grow with the tree.
    sources: figure?.from === 'own' ? figure.reports.map((r) => r.source ?? '').filter(Boolean) : [],
  };
}

const amount = (n: number, m: Measure) => `${formatFull(n)} ${MEASURE_WORDS[m].unit}`;

/** "截至2019年9月30日" or, for a sum of reports of different days, "2019年8月20日至9月30日". */
export function figureDate(r: Pick<ChartRow, 'asOf' | 'since'>): string {
  if (!r.asOf) return '';
  if (!r.since || r.since === r.asOf) return `截至${formatChineseDate(r.asOf)}`;
  // Within one year the second date drops the year: 2019年8月30日至9月30日.
  const to = r.since.slice(0, 4) === r.asOf.slice(0, 4) ? formatChineseDate(r.asOf).slice(5) : formatChineseDate(r.asOf);
  return `${formatChineseDate(r.since)}至${to}`;
}

/** How a figure was arrived at, in words: 本单位上报 / 下级单位上报之和（3 份报告）. */
export function figureBasis(r: Pick<ChartRow, 'from' | 'reports'>): string {
  if (r.from === 'own') return '本单位上报';
  if (r.from === 'children') return `下级单位上报之和，共 ${r.reports} 份报告`;
  return '尚未上报';
}

/** The unit's "12351+" figures against its targets in one year: one row per measure it has a target or a figure for. */
export function planChart(year: string, unit: UnitRef, targets: readonly UnitTarget[], progress: UnitProgress | undefined): ChartModel | undefined {
  const rows = MEASURES.filter((m) => targetFor(targets, m) || progress?.figures[m]).map((m) =>
    row(year, unit, m, targetFor(targets, m), progress?.figures[m]),
  );
  if (rows.length === 0) return undefined;
  const reported = rows.filter((r) => r.reported !== undefined);
  let summary: string;
  if (reported.length === 0) {
    const stated = rows.filter((r) => r.target !== undefined).map((r) => `${MEASURE_WORDS[r.measure].short} ${amount(r.target!, r.measure)}`);
    summary = `尚未上报：还没有${unit.name}的进度报告。图表只显示目标：${stated.join('，')}。`;
  } else {
    const parts = rows.map((r) => {
      if (r.reported === undefined) return `${MEASURE_WORDS[r.measure].short}尚未上报`;
      const of = r.target !== undefined ? `（目标 ${amount(r.target, r.measure)}的 ${formatPercent(r.share)}）` : '（没有目标）';
      return `${MEASURE_WORDS[r.measure].short} ${amount(r.reported, r.measure)}${of}`;
    });
    summary = `${unit.name}：${parts.join('；')}。计算方式和日期见下表。`;
    // Say why the children's reports do not add up to this unit's figure.
    if (rows.some((r) => r.from === 'own' && progress?.childrenSum[r.measure] !== undefined))
      summary += '本单位自己上报的项，以自报数为准，下级单位上报的数字不再相加（见下级单位进度）。';
  }
  return {
    unitId: unit.id,
    year,
    key: 'plan',
    domId: `${year}-plan`,
    kind: 'plan',
    title: `${year}年 ${unit.name}目标与进度`,
    rows,
    reportedRows: reported.length,
    summary,
    files: chartFiles(unit.id, 'plan', year),
  };
}

/**
 * The children's figures for one measure against their targets, with column sums. A child
 * figure is itself its own report or the sum below it, so the sum counts each report once.
 */
export function childrenChart(
  year: string,
  parent: UnitRef,
  measure: Measure,
  children: readonly { unit: UnitRef; targets: readonly UnitTarget[]; progress: UnitProgress | undefined }[],
  /** Show only the children with a target or a figure for this measure (one the parent did not allocate). */
  onlyWithData = false,
): ChartModel {
  const all = children.map((c) => row(year, c.unit, measure, targetFor(c.targets, measure), c.progress?.figures[measure]));
  const rows = onlyWithData ? all.filter((r) => r.target !== undefined || r.reported !== undefined) : all;
  const reported = rows.filter((r) => r.reported !== undefined);
  // A total target only where every row has one: a partial sum against all figures would mislead.
  const targetSum = rows.length > 0 && rows.every((r) => r.target !== undefined) ? rows.reduce((s, r) => s + r.target!, 0) : undefined;
  const reportedSum = reported.length > 0 ? reported.reduce((s, r) => s + r.reported!, 0) : undefined;
  const label = MEASURE_WORDS[measure].label;
  const n = all.length;
  let summary: string;
  if (reported.length === 0) {
    summary = `尚未上报：${n} 个下级单位都还没有上报“${label}”。` + (targetSum !== undefined ? `图表只显示分配目标，共 ${amount(targetSum, measure)}。` : '图表只显示分配目标。');
  } else {
    const of =
      targetSum !== undefined
        ? `，为分配目标合计 ${amount(targetSum, measure)}的 ${formatPercent(share(reportedSum, targetSum))}`
        : rows.some((r) => r.target !== undefined)
          ? '（只有部分单位有这项目标，不计算合计比例）'
          : '（没有分配这项目标）';
    const missing = n - reported.length;
    summary = `${n} 个下级单位中 ${reported.length} 个已上报“${label}”，合计 ${amount(reportedSum!, measure)}${of}` + (missing > 0 ? `；${missing} 个尚未上报。` : '。');
    const over = reported.filter((r) => r.share !== undefined && r.share >= 1).length;
    if (over > 0) summary += `${over} 个单位已达到或超过目标。`;
    if (rows.length < all.length) summary += `这项指标没有分配到各下级单位，下表只列有目标或已上报的单位。`;
  }
  const key = `children-${measure}`;
  return {
    unitId: parent.id,
    year,
    key,
    domId: `${year}-${key}`,
    kind: 'children',
    measure,
    title: `${year}年 下级单位进度：${label}`,
    rows,
    total: { target: targetSum, reported: reportedSum, share: share(reportedSum, targetSum) },
    reportedRows: reported.length,
    summary,
    files: chartFiles(parent.id, key, year),
  };
}

/**
 * A unit's targets and figures year by year (for a unit that took part in two or more years):
 * for each measure, one row per year, oldest first, so a reader sees how the plan and the
 * results moved. Figures are each year's own; nothing is added across years.
 */
export function yearsChart(unit: UnitRef, years: readonly { year: string; targets: readonly UnitTarget[]; progress: UnitProgress | undefined }[]): ChartModel | undefined {
  if (years.length < 2) return undefined;
  const oldestFirst = [...years].sort((a, b) => a.year.localeCompare(b.year));
  const measures = MEASURES.filter((m) => oldestFirst.some((y) => targetFor(y.targets, m) || y.progress?.figures[m]));
  const rows = measures.flatMap((m) =>
    oldestFirst.flatMap((y) => {
      const target = targetFor(y.targets, m);
      const figure = y.progress?.figures[m];
      // A year with neither a target nor a figure for a measure has nothing to show for it.
      return target || figure ? [row(y.year, unit, m, target, figure)] : [];
    }),
  );
  if (rows.length === 0) return undefined;
  const reported = rows.filter((r) => r.reported !== undefined);
  const span = `${oldestFirst[0]!.year}—${oldestFirst.at(-1)!.year}年`;
  const parts = measures.map((m) => {
    const mine = rows.filter((r) => r.measure === m);
    const text = mine.map((r) => `${r.year}年 ${r.target !== undefined ? `目标 ${amount(r.target, m)}` : '没有目标'}${r.reported !== undefined ? `、已上报 ${amount(r.reported, m)}` : ''}`);
    return `${MEASURE_WORDS[m].short}：${text.join('；')}`;
  });
  return {
    unitId: unit.id,
    key: 'years',
    domId: 'years',
    kind: 'years',
    title: `${span} ${unit.name}历年目标与进度`,
    rows,
    reportedRows: reported.length,
    summary: `${parts.join('。')}。每年的数字只算当年，不跨年相加。`,
    files: chartFiles(unit.id, 'years'),
  };
}

/**
 * The year-by-year table as a page shows it: a row a year (oldest first), a column a measure. At
 * ten years its 50 rows of one measure and one year each were most of a unit's page; the chart
 * and the downloads keep them (`rows`).
 */
export function yearsGrid(chart: ChartModel): { measures: Measure[]; years: { year: string; cells: (ChartRow | undefined)[] }[] } {
  const measures = MEASURES.filter((m) => chart.rows.some((r) => r.measure === m));
  const years = [...new Set(chart.rows.map((r) => r.year))].sort();
  return { measures, years: years.map((year) => ({ year, cells: measures.map((m) => chart.rows.find((r) => r.year === year && r.measure === m)) })) };
}

/** What the chart script draws, put on the chart's element as a data- attribute (never an inline script). */
export interface ChartPayload {
  /** `count`: figures against targets in the measure's unit; `share`: each measure as a share of its target. */
  mode: 'count' | 'share';
  labels: string[];
  target: (number | null)[];
  reported: (number | null)[];
  /**
   * For the tooltips, which give the figures themselves: in share mode the counts behind the bars
   * (in count mode the bars are the counts); in count mode each row's share of its target (in share
   * mode the bars are the shares); and each row's measure unit (one for every row where all share it). Numbers, not sentences: a national children chart
   * has 35 rows, and its page carries every chart's payload (config.ts, tooltipTexts, words them).
   */
  targetCount?: (number | null)[];
  reportedCount?: (number | null)[];
  share?: (number | null)[];
  units: string[];
  axis: string;
}

function rowLabel(chart: ChartModel, r: ChartRow): string {
  if (chart.kind === 'plan') return MEASURE_WORDS[r.measure].short;
  if (chart.kind === 'years') return `${MEASURE_WORDS[r.measure].short} ${r.year}年`;
  return r.unitName;
}

export function chartPayload(chart: ChartModel): ChartPayload {
  const byMeasure = chart.kind !== 'children';
  // Measures differ by orders of magnitude, so plan charts show shares; a unit with no targets at all gets its figures.
  const shares = byMeasure && chart.rows.some((r) => r.target !== undefined);
  const units = chart.rows.map((r) => MEASURE_WORDS[r.measure].unit);
  return {
    mode: shares ? 'share' : 'count',
    labels: chart.rows.map((r) => rowLabel(chart, r)),
    target: chart.rows.map((r) => (r.target === undefined ? null : shares ? 100 : r.target)),
    reported: chart.rows.map((r) => {
      if (r.reported === undefined) return null;
      if (!shares) return r.reported;
      return r.share === undefined ? null : Math.round(r.share * 1000) / 10;
    }),
    ...(shares ? { targetCount: chart.rows.map((r) => r.target ?? null), reportedCount: chart.rows.map((r) => r.reported ?? null) } : {}),
    // In share mode the bars are the shares, rounded as the tooltips print them.
    ...(!shares && chart.rows.some((r) => r.share !== undefined) ? { share: chart.rows.map((r) => r.share ?? null) } : {}),
    units: units.every((u) => u === units[0]) ? units.slice(0, 1) : units,
    axis: shares ? '完成比例（%），目标为 100%' : chart.measure ? `${MEASURE_WORDS[chart.measure].label}（${MEASURE_WORDS[chart.measure].unit}）` : '上报数',
  };
}

export const CSV_COLUMNS = ['年份', '单位编号', '单位名称', '指标', '计量单位', '目标', '已上报', '完成比例', '计算方式', '日期', '报告来源'] as const;

/**
 * The chart's table as CSV (see formats/csv.ts): plain numbers, the share as a decimal with four
 * places, the year on every row.
 */
export function chartCsv(chart: ChartModel): string {
  const lines = chart.rows.map((r) => [
    r.year,
    r.unitId,
    r.unitName,
    MEASURE_WORDS[r.measure].label,
    MEASURE_WORDS[r.measure].unit,
    r.target,
    r.reported,
    r.share === undefined ? undefined : r.share.toFixed(4),
    figureBasis(r),
    r.asOf ? (r.since && r.since !== r.asOf ? `${r.since}/${r.asOf}` : r.asOf) : undefined,
    r.sources.join('；'),
  ]);
  if (chart.total)
    lines.push([
      chart.year,
      '',
      '合计',
      MEASURE_WORDS[chart.measure!].label,
      MEASURE_WORDS[chart.measure!].unit,
      chart.total.target,
      chart.total.reported,
      chart.total.share?.toFixed(4),
      '',
      '',
      '',
    ]);
  return toCsv([CSV_COLUMNS, ...lines]);
}

export interface ChartJson {
  title: string;
  /** The campaign year; null for the year-by-year table (each row has its own). */
  campaign: string | null;
  unit: string;
  chart: string;
  summary: string;
  /** True when the build used sample data (tests/fixtures), not real reports. */
  sampleData: boolean;
  rows: {
    campaign: string;
    unit: string;
    unitName: string;
    measure: Measure;
    measureLabel: string;
    measureUnit: string;
    target: number | null;
    reported: number | null;
    share: number | null;
    basis: 'own' | 'children' | null;
    asOf: string | null;
    since: string | null;
    reports: number;
    sources: string[];
  }[];
  total?: { target: number | null; reported: number | null; share: number | null };
}

export function chartJson(chart: ChartModel, sampleData: boolean): ChartJson {
  const out: ChartJson = {
    title: chart.title,
    campaign: chart.year ?? null,
    unit: chart.unitId,
    chart: chart.key,
    summary: chart.summary,
    sampleData,
    rows: chart.rows.map((r) => ({
      campaign: r.year,
      unit: r.unitId,
      unitName: r.unitName,
      measure: r.measure,
      measureLabel: MEASURE_WORDS[r.measure].label,
      measureUnit: MEASURE_WORDS[r.measure].unit,
      target: r.target ?? null,
      reported: r.reported ?? null,
      share: r.share ?? null,
      basis: r.from ?? null,
      asOf: r.asOf ?? null,
      since: r.since ?? null,
      reports: r.reports,
      sources: r.sources,
    })),
  };
  if (chart.total)
    out.total = { target: chart.total.target ?? null, reported: chart.total.reported ?? null, share: chart.total.share ?? null };
  return out;
}
