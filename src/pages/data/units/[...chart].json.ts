import type { APIRoute } from 'astro';
import { chartJson } from '../../../lib/charts/model';
import { todayFromClock } from '../../../lib/clock';
import { siteData } from '../../../lib/domain/site';
import { JSON_HEADERS, jsonBody, unprefixedCharts } from '../../../lib/domain/downloads';

/** data/units/<unit id>/<chart>.json: the year-by-year tables, and each table of the latest year that has it. */
export function getStaticPaths() {
  return [...unprefixedCharts(siteData(), todayFromClock()).keys()].map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const chart = unprefixedCharts(data, todayFromClock()).get(params.chart ?? '')!;
  return new Response(jsonBody(chartJson(chart, data.sample.on)), { headers: JSON_HEADERS });
};
