import type { APIRoute } from 'astro';
import { todayFromClock } from '../../../lib/clock';
import { siteData, yearData } from '../../../lib/domain/site';
import { CSV_HEADERS } from '../../../lib/domain/downloads';
import { resultsCsv } from '../../../lib/domain/results-data';
import { resultYears } from '../../../lib/domain/results-view';

/** data/<year>/results.csv: a year's shortlists, awards and 优秀组织奖 as published by the build's day. */
export function getStaticPaths() {
  return resultYears(siteData(), todayFromClock()).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  return new Response(resultsCsv(data, yearData(data, params.year ?? ''), todayFromClock()), { headers: CSV_HEADERS });
};
