import type { APIRoute } from 'astro';
import { todayFromClock } from '../../../lib/clock';
import { siteData, yearData } from '../../../lib/domain/site';
import { yearCharts } from '../../../lib/domain/unit-view';
import { JSON_HEADERS, jsonBody } from '../../../lib/domain/downloads';
import { paths, withBase } from '../../../lib/addresses';
import { anyPublished, yearFigures } from '../../../lib/domain/results-view';

/** data/<year>/index.json: every table of a year and its two downloads, for programs (/data/ lists them for people by unit). */
export function getStaticPaths() {
  return siteData().campaigns.map((c) => ({ params: { year: c.year } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  const year = yearData(data, params.year ?? '');
  const today = todayFromClock();
  const tables = [
    ...(anyPublished(year, today) ? [{ kind: 'results', unit: null, title: '评选结果（入围、获奖、优秀组织奖）', csv: withBase(paths.resultsFile(year.year, 'csv')), json: withBase(paths.resultsFile(year.year, 'json')) }] : []),
    ...(yearFigures(year, today).length > 0 ? [{ kind: 'figures', unit: null, title: '活动数字', csv: withBase(paths.figuresFile(year.year, 'csv')), json: withBase(paths.figuresFile(year.year, 'json')) }] : []),
    ...[...year.plans.values()].map((p) => ({ kind: 'plan', unit: p.unit, title: `分配表（${p.notice}）`, csv: withBase(paths.planFile(p.notice, 'csv')), json: withBase(paths.planFile(p.notice, 'json')) })),
    ...yearCharts(data, year).flatMap(({ charts }) =>
      charts.map((c) => ({ kind: c.kind, unit: c.unitId, title: c.title, csv: withBase(c.files.csv), json: withBase(c.files.json) })),
    ),
  ];
  return new Response(jsonBody({ campaign: year.year, sampleData: data.sample.on, tables }), { headers: JSON_HEADERS });
};
