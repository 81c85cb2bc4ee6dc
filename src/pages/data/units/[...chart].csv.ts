import type { APIRoute } from 'astro';
import { chartCsv } from '../../../lib/charts/model';
import { todayFromClock } from '../../../lib/clock';
import { siteData } from '../../../lib/domain/site';
import { chartByName } from '../../../lib/domain/unit-view';

/** data/units/<unit id>/<chart>.csv: each progress table, built with the site. */
export function getStaticPaths() {
  return [...chartByName(siteData(), todayFromClock()).keys()].map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const chart = chartByName(siteData(), todayFromClock()).get(params.chart ?? '');
  if (!chart) return new Response('没有这个表格', { status: 404 });
  return new Response(chartCsv(chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
