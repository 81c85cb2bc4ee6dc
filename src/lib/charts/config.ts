import type { ChartConfiguration } from 'chart.js';
import type { ChartPayload } from './model';
import { formatFull } from '../formats/text';

/**
 * The chart.js configuration for one progress chart, from the payload the page carries in
 * a data- attribute. Pure, so it is unit-tested; the client script only supplies the
 * hatch pattern (which needs a canvas) and draws.
 *
 * Colours carry no meaning alone: the target is an outlined, hatched bar and the figure a
 * solid one, the legend names both, and the table under the chart holds every number.
 * Both pass 3:1 against white (non-text contrast): stone-600 #57534e 7.6:1, blue-700 #1d4ed8 6.7:1.
 */
export const COLOURS = { target: '#57534e', reported: '#1d4ed8', text: '#44403c', grid: '#d6d3d1' } as const;

export const FONT_FAMILY =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Charts up to this many rows have their height in the stylesheet (tailwind.config.mjs). */
export const CHART_ROWS_WITH_CSS_HEIGHT = 40;

/** Pixel height that gives each row of bars room to read, on a phone too. */
export function chartHeight(rows: number): number {
  return Math.max(160, rows * 44 + 96);
}

export function chartConfig(p: ChartPayload, targetFill: string | CanvasPattern = '#ffffff'): ChartConfiguration<'bar', (number | null)[], string> {
  const share = p.mode === 'share';
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
      font: { family: FONT_FAMILY, size: 13 },
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: p.axis, color: COLOURS.text },
          // Our own grouping, not chart.js's default (which builds an Intl.NumberFormat).
          ticks: { color: COLOURS.text, precision: 0, callback: (value) => formatFull(Number(value)) },
          grid: { color: COLOURS.grid },
        },
        y: { ticks: { color: COLOURS.text, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'top', labels: { color: COLOURS.text, boxWidth: 28, boxHeight: 14 } },
        tooltip: {
          callbacks: {
            // Absolute figures in the tooltip, also on the share chart.
            label: (item) => (item.datasetIndex === 0 ? p.targetText[item.dataIndex] : p.reportedText[item.dataIndex]) ?? '',
          },
        },
      },
    },
  };
}
