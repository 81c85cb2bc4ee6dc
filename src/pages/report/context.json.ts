import type { APIRoute } from 'astro';
import { siteData } from '../../lib/domain/site';
import { todayFromClock } from '../../lib/clock';
import { reportIndex } from '../../lib/report/context';
import { paths, withBase } from '../../lib/addresses';

/** The report form's index: the units for its list, the campaigns, the build's today, each year's part. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(reportIndex(siteData().raw, todayFromClock(), (year) => withBase(paths.reportYear(year)))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
