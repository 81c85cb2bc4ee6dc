import type { APIRoute } from 'astro';
import { chartCsv } from '../../../lib/charts/model';
import { todayFromClock } from '../../../lib/clock';
import { siteData } from '../../../lib/domain/site';
import { CSV_HEADERS, unprefixedCharts } from '../../../lib/domain/downloads';

/** data/units/<unit id>/<chart>.csv: the year-by-year tables, and each table of the latest year that has it. */
export function getStaticPaths() {
  return [...unprefixedCharts(siteData(), todayFromClock()).keys()].map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const chart = unprefixedCharts(siteData(), todayFromClock()).get(params.chart ?? '')!;
  return new Response(chartCsv(chart), { headers: CSV_HEADERS });
};
