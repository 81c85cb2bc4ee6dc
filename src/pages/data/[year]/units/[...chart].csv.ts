import type { APIRoute } from 'astro';
import { chartCsv } from '../../../../lib/charts/model';
import { todayFromClock } from '../../../../lib/clock';
import { siteData, yearData } from '../../../../lib/domain/site';
import { chartByName } from '../../../../lib/domain/unit-view';
import { CSV_HEADERS, yearChartParams } from '../../../../lib/domain/downloads';

/** data/<year>/units/<unit id>/<chart>.csv: each progress table of a year, built with the site. */
export function getStaticPaths() {
  return yearChartParams(siteData(), todayFromClock()).map((params) => ({ params }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const chart = chartByName(data, yearData(data, params.year ?? ''), todayFromClock()).get(params.chart ?? '')!;
  return new Response(chartCsv(chart), { headers: CSV_HEADERS });
};
