import { getEntry, render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { todayFromClock } from '../clock';
import { callPageView } from '../domain/campaign-view';
import { latestCall, siteData, yearData } from '../domain/site';

/**
 * The rendered MDX bodies, for pages only (this module needs Astro's content runtime): what the
 * content gate checked, rendered by Astro (see astro-loader.ts for the ids).
 */
export async function noticeBody(id: string): Promise<AstroComponentFactory> {
  const entry = await getEntry('notices', id);
  if (!entry) throw new Error(`通知 ${id} 未被 Astro 载入`);
  return (await render(entry)).Content;
}

/** A call's body of one year: a call keeps its id from year to year, so the year is part of the key. */
export async function callBody(year: string, id: string): Promise<AstroComponentFactory> {
  const entry = await getEntry('subprojects', `${year}/${id}`);
  if (!entry) throw new Error(`征集项目 ${year}/${id} 未被 Astro 载入`);
  return (await render(entry)).Content;
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
