import type { APIRoute } from 'astro';
import { todayFromClock } from '../../../lib/clock';
import { siteData, yearData } from '../../../lib/domain/site';
import { JSON_HEADERS, jsonBody } from '../../../lib/domain/downloads';
import { resultsJson } from '../../../lib/domain/results-data';
import { resultYears } from '../../../lib/domain/results-view';

/** data/<year>/results.json: each call's phase and lists, the year's 优秀组织奖 and figures, for programs. */
export function getStaticPaths() {
  return resultYears(siteData(), todayFromClock()).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  return new Response(jsonBody(resultsJson(data, yearData(data, params.year ?? ''), todayFromClock())), { headers: JSON_HEADERS });
};
