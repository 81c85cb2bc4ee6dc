import type { APIRoute } from 'astro';
import { chartJson } from '../../../lib/charts/model';
import { todayFromClock } from '../../../lib/clock';
import { siteData } from '../../../lib/domain/site';
import { chartByName } from '../../../lib/domain/unit-view';

/** data/units/<unit id>/<chart>.json: each progress table, built with the site. */
export function getStaticPaths() {
  return [...chartByName(siteData(), todayFromClock()).keys()].map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const chart = chartByName(data, todayFromClock()).get(params.chart ?? '');
  if (!chart) return new Response('没有这个表格', { status: 404 });
  return new Response(`${JSON.stringify(chartJson(chart, data.sample.on), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
