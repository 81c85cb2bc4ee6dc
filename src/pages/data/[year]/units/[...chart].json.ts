import type { APIRoute } from 'astro';
import { chartJson } from '../../../../lib/charts/model';
import { todayFromClock } from '../../../../lib/clock';
import { siteData, yearData } from '../../../../lib/domain/site';
import { chartByName } from '../../../../lib/domain/unit-view';
import { JSON_HEADERS, jsonBody, yearChartParams } from '../../../../lib/domain/downloads';

/** data/<year>/units/<unit id>/<chart>.json: each progress table of a year, built with the site. */
export function getStaticPaths() {
  return yearChartParams(siteData(), todayFromClock()).map((params) => ({ params }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const chart = chartByName(data, yearData(data, params.year ?? ''), todayFromClock()).get(params.chart ?? '')!;
  return new Response(jsonBody(chartJson(chart, data.sample.on)), { headers: JSON_HEADERS });
};
