import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/domain/site';
import { buildCalendar } from '../../lib/formats/calendar';
import { withBase } from '../../lib/addresses';
import { LEVEL_LABEL } from '../../lib/domain/notices';
import { entryPath } from '../../lib/domain/timeline';

/** /timeline/2019.ics: the campaign's phases and deadlines as a calendar file, made at build time. */
export const getStaticPaths: GetStaticPaths = () => siteData().raw.campaigns.map((c) => ({ params: { campaign: c.data.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const data = siteData();
  const campaign = data.raw.campaigns.find((c) => c.data.id === params.campaign)!.data;
  const base = site ?? new URL('https://localhost');
  const entries = data.timeline.filter((e) => e.campaign === campaign.id);
  const items = entries.map((entry) => {
    const n = data.noticeById.get(entry.notice)!.data;
    return { entry, source: `${LEVEL_LABEL[n.level]} · ${n.docNumber}`, url: new URL(withBase(entryPath(entry)), base).href };
  });
  // DTSTAMP: the newest notice's date, so the file only changes when the content does.
  const stamp = data.notices.filter((n) => n.data.campaign === campaign.id).map((n) => n.data.issuedOn).sort().at(-1) ?? campaign.from;
  const body = buildCalendar(items, { name: `${campaign.year}年“${campaign.title}”活动日程`, host: base.host, stamp });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
