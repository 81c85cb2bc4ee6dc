import type { APIRoute } from 'astro';
import { todayFromClock } from '../../../lib/clock';
import { siteData, yearData } from '../../../lib/domain/site';
import { CSV_HEADERS } from '../../../lib/domain/downloads';
import { figuresCsv } from '../../../lib/domain/results-data';
import { figureYears } from '../../../lib/domain/results-view';

/** data/<year>/figures.csv: the year's published figures, each with its source. */
export function getStaticPaths() {
  return figureYears(siteData(), todayFromClock()).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  return new Response(figuresCsv(yearData(data, params.year ?? ''), todayFromClock()), { headers: CSV_HEADERS });
};
