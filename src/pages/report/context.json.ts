import type { APIRoute } from 'astro';
import { siteData } from '../../lib/domain/site';
import { todayFromClock } from '../../lib/clock';
import { reportContext } from '../../lib/report/context';

/** What the report form checks a new report against: units, campaigns, existing reports, the build's today. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(reportContext(siteData().raw, todayFromClock())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
