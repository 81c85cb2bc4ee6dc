import { loadValidContent, type ContentSet } from './content';
import type { Campaign, Notice, Plan, Subproject, TimelineEntry, Unit } from '../schemas';

/**
 * The validated content, read once per build and indexed for the pages. Pages ask here
 * for data and hand it to components; nothing here renders.
 */
export interface SiteData {
  raw: ContentSet;
  campaign: Campaign;
  units: Map<string, Unit>;
  notices: { id: string; file: string; data: Notice }[];
  noticeById: Map<string, { id: string; data: Notice }>;
  plans: Map<string, Plan>;
  subprojects: { id: string; data: Subproject }[];
  timeline: TimelineEntry[];
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached) return cached;
  const raw = loadValidContent();
  const campaigns = [...raw.campaigns].sort((a, b) => b.data.year - a.data.year);
  const campaign = campaigns[0]?.data;
  if (!campaign) throw new Error('content/campaigns/ 中没有活动：至少需要一个，如 2019.json');
  const notices = raw.notices.map((e) => ({ id: e.id, file: e.file, data: e.data }));
  cached = {
    raw,
    campaign,
    units: new Map(raw.units.map((e) => [e.id, e.data])),
    notices,
    noticeById: new Map(notices.map((n) => [n.id, n])),
    plans: new Map(raw.plans.map((e) => [e.id, e.data])),
    subprojects: raw.subprojects
      .map((e) => ({ id: e.id, data: e.data }))
      .sort((a, b) => a.data.order - b.data.order),
    timeline: raw.timeline.map((e) => e.data),
  };
  return cached;
}
