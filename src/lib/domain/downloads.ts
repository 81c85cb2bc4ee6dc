import type { Plan } from '../../schemas';
import { paths } from '../addresses';
import { chartCsv, chartJson, type ChartModel } from '../charts/model';
import type { SiteData } from './site';
import { allYearsCharts, yearTables } from './unit-view';

/**
 * What /data/ offers: every allocation table (named by its notice, whose id carries the year), each
 * year's progress tables under /data/<year>/units/, and under the un-prefixed /data/units/ the
 * addresses the site published before (each from the latest year that has it) and the year-by-year
 * tables, which span years.
 *
 * The progress tables are files the build writes once (src/integrations/downloads.ts), not pages
 * Astro renders: 3,000 units have over 8,000 of them a year. An un-prefixed address is a copy of its
 * year's file, made by the file system, so every host serves it (a redirect cannot follow "the
 * latest year that has it" in one rule, and Cloudflare Pages applies redirects even where a file is).
 */

export function allPlans(data: SiteData): Map<string, Plan> {
  return new Map(data.campaigns.flatMap((c) => [...c.plans]));
}

/** A file the build writes: its path inside the site and its text. */
export interface DownloadFile {
  path: string;
  body: string;
}

/** A file the build copies from another one it wrote. */
export interface DownloadCopy {
  path: string;
  from: string;
}

/**
 * A download's JSON, without indentation: it is for programs (people get the same table as CSV, and
 * a browser lays JSON out when it shows it), and indentation was a quarter of its bytes: 56 MB of
 * the 222 MB that ten years of downloads at 3,000 units write on every build.
 */
export const jsonBody = (value: unknown) => `${JSON.stringify(value)}\n`;

function* chartFiles(chart: ChartModel, sample: boolean): Generator<DownloadFile> {
  yield { path: chart.files.csv, body: chartCsv(chart) };
  yield { path: chart.files.json, body: jsonBody(chartJson(chart, sample)) };
}

/**
 * Every progress table as its two files: each year's, from that year's tables (worked out once for
 * the unit pages too), then the year-by-year tables. One at a time, so that 100,000 files are never
 * held at once.
 */
export function* chartDownloads(data: SiteData): Generator<DownloadFile> {
  for (const year of data.campaigns)
    for (const t of yearTables(data, year).values()) for (const c of [...(t.planChart ? [t.planChart] : []), ...t.childCharts]) yield* chartFiles(c, data.sample.on);
  for (const c of allYearsCharts(data)) yield* chartFiles(c, data.sample.on);
}

/**
 * The un-prefixed addresses of the year tables (/data/units/<unit>/<chart>.csv, the first year's
 * addresses): each a copy of the latest year's file that has that table.
 */
export function unprefixedCopies(data: SiteData): DownloadCopy[] {
  const out = new Map<string, DownloadCopy>();
  for (const year of data.campaigns)
    for (const t of yearTables(data, year).values())
      for (const c of [...(t.planChart ? [t.planChart] : []), ...t.childCharts])
        for (const kind of ['csv', 'json'] as const) {
          const path = paths.chartFile(c.unitId, c.key, kind);
          if (!out.has(path)) out.set(path, { path, from: c.files[kind] });
        }
  return [...out.values()];
}

/** The file at a path inside the site, if it is a progress table or a copy of one (for `astro dev`, which writes no files). */
export function downloadAt(data: SiteData, path: string): DownloadFile | undefined {
  const from = unprefixedCopies(data).find((c) => c.path === path)?.from ?? path;
  for (const f of chartDownloads(data)) if (f.path === from) return { path, body: f.body };
  return undefined;
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' } as const;
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' } as const;
