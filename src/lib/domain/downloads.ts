import type { Plan } from '../../schemas';
import type { ChartModel } from '../charts/model';
import type { SiteData } from './site';
import { allYearsCharts, chartByName } from './unit-view';

/**
 * What /data/ offers: every allocation table (named by its notice, whose id carries the year), each
 * year's progress tables under /data/<year>/units/, and under the un-prefixed /data/units/ the
 * addresses the site published before (each from the latest year that has it) and the year-by-year
 * tables, which span years.
 */

export function allPlans(data: SiteData): Map<string, Plan> {
  return new Map(data.campaigns.flatMap((c) => [...c.plans]));
}

const latestCache = new WeakMap<SiteData, Map<string, ChartModel>>();
export function unprefixedCharts(data: SiteData, today: string): Map<string, ChartModel> {
  let out = latestCache.get(data);
  if (!out) {
    out = new Map();
    for (const year of data.campaigns) for (const [name, chart] of chartByName(data, year, today)) if (!out.has(name)) out.set(name, chart);
    for (const chart of allYearsCharts(data, today)) out.set(`${chart.unitId}/${chart.key}`, chart);
    latestCache.set(data, out);
  }
  return out;
}

/** Every progress table of every year, as the params of /data/<year>/units/<chart>.csv|json. */
export function yearChartParams(data: SiteData, today: string): { year: string; chart: string }[] {
  return data.campaigns.flatMap((c) => [...chartByName(data, c, today).keys()].map((chart) => ({ year: c.year, chart })));
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' } as const;
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' } as const;
export const jsonBody = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
