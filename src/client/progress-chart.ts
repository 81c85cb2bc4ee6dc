// Draws one progress chart into its box. Loaded on demand (see ProgressChart.astro), so chart.js
// is fetched only when a chart comes near the screen, never with the page itself.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { BASE_TEXT_PX, chartConfig, COLOURS } from '../lib/charts/config';
import type { ChartPayload } from '../lib/charts/model';
import { chartCanvasLabel } from '../lib/words';

// Only what a horizontal bar chart needs: the rest of chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Diagonal hatching for the target bars, so they differ from the figures without colour. */
function hatch(): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return '#ffffff';
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = COLOURS.target;
  g.lineWidth = 1.5;
  g.beginPath();
  for (const [x0, y0, x1, y1] of [
    [-2, 2, 2, -2],
    [0, 8, 8, 0],
    [6, 10, 10, 6],
  ] as const) {
    g.moveTo(x0, y0);
    g.lineTo(x1, y1);
  }
  g.stroke();
  return g.createPattern(tile, 'repeat') ?? '#ffffff';
}

/** The text size at the chart's box, in CSS pixels (16 unless the user set another). */
export function textSize(box: HTMLElement): number {
  return parseFloat(getComputedStyle(box).fontSize) || BASE_TEXT_PX;
}

export function drawChart(box: HTMLElement): void {
  const payload = JSON.parse(box.dataset.progressChart ?? '{}') as ChartPayload;
  box.dataset.drawn = ''; // the placeholder text goes, whatever follows
  if (!payload.labels?.length) return;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  const label = chartCanvasLabel(box.closest('.chart-block')?.querySelector('h2, h3, h4')?.textContent?.trim() ?? '');
  canvas.setAttribute('aria-label', label);
  canvas.textContent = label;
  box.append(canvas);
  // The page's text size (the user's setting, 200% and more too): labels follow it.
  new Chart(canvas, chartConfig(payload, hatch(), textSize(box), box.clientWidth));
}
