import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { calls, notices } from 'virtual:portal/bodies';
import { todayFromClock } from '../clock';
import { callPageView } from '../domain/campaign-view';
import { latestCall, siteData, yearData } from '../domain/site';
import { callBodyKey, noticeBodyKey } from './bodies';

/**
 * The rendered MDX bodies, for pages only (this module needs the build's list of bodies,
 * src/lib/content/bodies.ts): what the content gate checked, compiled by Astro's MDX.
 */
export async function noticeBody(id: string): Promise<AstroComponentFactory> {
  const load = notices.get(noticeBodyKey(id));
  if (!load) throw new Error(`通知 ${id} 未被 Astro 载入`);
  return (await load()).Content;
}

/** A call's body of one year. */
export async function callBody(year: string, id: string): Promise<AstroComponentFactory> {
  const load = calls.get(callBodyKey(year, id));
  if (!load) throw new Error(`征集项目 ${year}/${id} 未被 Astro 载入`);
  return (await load()).Content;
}

/**
 * What a call's page and its poster need: the call of the given year, or (un-prefixed pages) of the
 * latest year that ran it, its view, and its rendered body.
 */
export async function callPage(id: string, year?: string) {
  const data = siteData();
  const y = year ? yearData(data, year) : latestCall(data, id)?.year;
  if (!y) throw new Error(`没有征集项目 ${id}`);
  const view = callPageView(data, y, id, todayFromClock());
  return { view, Content: await callBody(view.year, id), latestOnly: !y.isCurrent };
}
