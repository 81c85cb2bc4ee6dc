import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, yearData } from '../../lib/domain/site';
import { buildCalendar } from '../../lib/formats/calendar';
import { withBase } from '../../lib/addresses';
import { LEVEL_LABEL } from '../../lib/words';
import { entryPath } from '../../lib/domain/timeline';

/** /timeline/2019.ics: a campaign year's phases and deadlines as a calendar file, made at build time. */
export const getStaticPaths: GetStaticPaths = () => siteData().campaigns.map((c) => ({ params: { campaign: c.year } }));

export const GET: APIRoute = ({ params, site }) => {
  const data = siteData();
  const year = yearData(data, params.campaign as string);
  const base = site ?? new URL('https://localhost');
  const items = year.timeline.map((entry) => {
    const n = data.noticeById.get(entry.notice)!.data;
    return { entry, source: `${LEVEL_LABEL[n.level]} · ${n.docNumber}`, url: new URL(withBase(entryPath(entry)), base).href };
  });
  // DTSTAMP: the newest notice's date, so the file only changes when the content does.
  const stamp = year.notices.map((n) => n.data.issuedOn).sort().at(-1) ?? year.campaign.from;
  const body = buildCalendar(items, { name: `${year.campaign.year}年“${year.campaign.title}”活动日程`, host: base.host, stamp });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
