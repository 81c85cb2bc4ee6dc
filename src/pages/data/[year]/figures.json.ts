import type { APIRoute } from 'astro';
import { todayFromClock } from '../../../lib/clock';
import { siteData, yearData } from '../../../lib/domain/site';
import { JSON_HEADERS, jsonBody } from '../../../lib/domain/downloads';
import { figuresJson } from '../../../lib/domain/results-data';
import { figureYears } from '../../../lib/domain/results-view';

/** data/<year>/figures.json: the year's published figures, each with its source, for programs. */
export function getStaticPaths() {
  return figureYears(siteData(), todayFromClock()).map((year) => ({ params: { year } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  return new Response(jsonBody(figuresJson(data, yearData(data, params.year ?? ''), todayFromClock())), { headers: JSON_HEADERS });
};
