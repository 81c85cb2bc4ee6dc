import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/domain/site';
import { reportYear } from '../../../lib/report/context';

export const getStaticPaths = (() => siteData().campaigns.map((c) => ({ params: { year: c.year } }))) satisfies GetStaticPaths;

/** A year's plans and reports, which the report form checks a new report of that year against. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportYear(siteData().raw, String(params.year))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
