// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartPayload } from './model';
import { formatFull, formatPercent } from '../formats/text';

/**
 * The chart.js configuration for one progress chart, from the payload the page carries in
 * a data- attribute. Pure, so it is unit-tested; the client script only supplies the
 * hatch pattern (which needs a canvas) and draws.
 *
 * Colours carry no meaning alone: the target is an outlined, hatched bar and the figure a
 * solid one, the legend names both, and the table under the chart holds every number.
 * Both pass 3:1 against white (non-text contrast): stone-600 #57534e 7.6:1, blue-700 #1d4ed8 6.7:1.
 */
export const COLOURS = { target: '#57534e', reported: '#1d4ed8', text: '#44403c', grid: '#d6d3d1', paper: '#ffffff' } as const;

export const FONT_FAMILY =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Charts up to this many rows have their height in the stylesheet (tailwind.config.mjs). */
export const CHART_ROWS_WITH_CSS_HEIGHT = 40;

/** The text size the chart's measures are drawn for (the browsers' default, 1rem); labels are 13 px at it. */
export const BASE_TEXT_PX = 16;
const LABEL_PX = 13;

/**
 * Height, in pixels at the default text size, that gives each row of bars room to read, on a
 * phone too. With larger text (the user's setting), the chart grows in proportion: `scale` is
 * the text size over BASE_TEXT_PX, and the stylesheet gives the height in rem.
 */
export function chartHeight(rows: number, scale = 1): number {
  return Math.round(Math.max(160, rows * 44 + 96) * scale);
}

/**
 * Paints the canvas white under the chart. A transparent canvas lets the page show through,
 * and a browser that darkens pages on its own (Android WebView's forced dark, which some in-app
 * browsers use) darkens the page but not the text drawn on the canvas: dark grey on black. On
 * its own white, the chart's text keeps its contrast whether the browser leaves the picture as
 * it is or inverts it.
 */
export const paperBackground: Plugin<'bar'> = {
  id: 'paperBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = COLOURS.paper;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * A bar's label in lines of at most `maxChars` characters, of even length ("平潭综合实验区总工会"
 * in 5 → "平潭综合实", "验区总工会"), so that with large text a long name still fits beside its bar.
 */
export function wrapLabel(label: string, maxChars: number): string | string[] {
  const chars = [...label];
  const limit = Math.max(2, Math.floor(maxChars));
  if (chars.length <= limit) return label;
  const lines = Math.ceil(chars.length / limit);
  const per = Math.ceil(chars.length / lines);
  return Array.from({ length: lines }, (_, i) => chars.slice(i * per, (i + 1) * per).join(''));
}

/** A bar's tooltip: 目标 30 场, or 已上报 15 场（50%）, or 没有目标 / 尚未上报. */
export function tooltipText(p: ChartPayload, which: 'target' | 'reported', i: number): string {
  const unit = p.units[i] ?? p.units[0] ?? '';
  const amount = (n: number) => `${formatFull(n)}${unit ? ` ${unit}` : ''}`;
  if (which === 'target') {
    const t = (p.targetCount ?? p.target)[i];
    return t === null || t === undefined ? '没有目标' : `目标 ${amount(t)}`;
  }
  const r = (p.reportedCount ?? p.reported)[i];
  if (r === null || r === undefined) return '尚未上报';
  // In share mode the bar is the share (a percentage, to one decimal as formatPercent prints it).
  const percent = p.reported[i];
  const share = p.mode === 'share' ? (percent === null || percent === undefined ? undefined : percent / 100) : p.share?.[i];
  return `已上报 ${amount(r)}${share === null || share === undefined ? '' : `（${formatPercent(share)}）`}`;
}

/** The labels may take this share of the chart's width; the bars have the rest. */
const LABEL_SHARE = 0.45;

/**
 * `textPx`: the text size of the page where the chart is drawn (the user's setting: 16 px by
 * default, 32 px at 200%); every label, tick and legend box is sized from it. `widthPx`: the
 * chart's width, so that long labels are wrapped to fit beside the bars.
 */
export function chartConfig(
  p: ChartPayload,
  targetFill: string | CanvasPattern = '#ffffff',
  textPx: number = BASE_TEXT_PX,
  widthPx = Infinity,
): ChartConfiguration<'bar', (number | null)[], string> {
  const share = p.mode === 'share';
  const scale = textPx / BASE_TEXT_PX;
  const font = { family: FONT_FAMILY, size: Math.round(LABEL_PX * scale) };
  const labelChars = (widthPx * LABEL_SHARE) / font.size;
  // The axis title and each legend entry (after its box) have nearly the whole width.
  const lineChars = (widthPx * 0.9) / font.size;
  const legendBox = { width: Math.round(28 * scale), height: Math.round(14 * scale) };
  const reported = {
    label: share ? '已完成（占目标的百分比）' : '已上报',
    data: p.reported,
    backgroundColor: COLOURS.reported,
    borderColor: COLOURS.reported,
    borderWidth: 2,
    borderSkipped: false,
  } as const;
  return {
    type: 'bar',
    plugins: [paperBackground],
    data: {
      labels: p.labels,
      // Nothing reported yet: the targets alone, without a legend entry for empty bars.
      datasets: [
        {
          label: share ? '目标（100%）' : '目标',
          data: p.target,
          backgroundColor: targetFill,
          borderColor: COLOURS.target,
          borderWidth: 2,
          borderSkipped: false,
        },
        ...(p.reported.some((v) => v !== null) ? [reported] : []),
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Figures appear at once: no motion to wait for (or to be bothered by).
      animation: false,
      color: COLOURS.text,
      font,
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: wrapLabel(p.axis, lineChars), color: COLOURS.text, font },
          // Our own grouping, not chart.js's default (which builds an Intl.NumberFormat).
          ticks: { color: COLOURS.text, font, precision: 0, callback: (value) => formatFull(Number(value)) },
          grid: { color: COLOURS.grid },
        },
        y: {
          ticks: { color: COLOURS.text, font, autoSkip: false, callback: (_value, index) => wrapLabel(p.labels[index] ?? '', labelChars) },
          grid: { display: false },
        },
      },
      plugins: {
        legend: {
          position: 'top',
          labels: {
            color: COLOURS.text,
            font,
            boxWidth: legendBox.width,
            boxHeight: legendBox.height,
            // chart.js's own entries, with the text wrapped to the chart's width.
            generateLabels: (chart) =>
              chart.data.datasets.map((d, i) => ({
                text: wrapLabel(d.label ?? '', lineChars - (legendBox.width + font.size) / font.size) as string,
                fillStyle: d.backgroundColor as string | CanvasPattern,
                strokeStyle: d.borderColor as string,
                lineWidth: d.borderWidth as number,
                fontColor: COLOURS.text,
                hidden: !chart.isDatasetVisible(i),
                datasetIndex: i,
              })),
          },
        },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: {
            // Absolute figures in the tooltip, also on the share chart.
            label: (item) => tooltipText(p, item.datasetIndex === 0 ? 'target' : 'reported', item.dataIndex),
          },
        },
      },
    },
  };
}
