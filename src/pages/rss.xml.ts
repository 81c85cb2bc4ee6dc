import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/domain/site';
import { paths, withBase } from '../lib/addresses';

/** The notices as a feed, newest first: what a union office would subscribe to. */
export const GET: APIRoute = ({ site }) => {
  const data = siteData();
  const items = [...data.notices]
    .sort((a, b) => b.data.issuedOn.localeCompare(a.data.issuedOn))
    .map((n) => ({
      title: `${n.data.docNumber} ${n.data.title}`,
      link: withBase(paths.notice(n.id)),
      pubDate: new Date(`${n.data.issuedOn}T00:00:00+08:00`),
      description: n.data.summary,
    }));
  return rss({
    title: `${data.current.campaign.title} · 通知文件`,
    description: data.current.campaign.summary,
    site: site ?? 'https://wangju.example.org',
    items,
    customData: '<language>zh-cn</language>',
  });
};
