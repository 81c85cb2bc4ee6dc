/**
 * Every address of the site, built here and nowhere else (a test reads src/ for paths written by
 * hand). Functions return paths inside the site, without the base path: pass them through
 * `withBase()` for a link, or `new URL(withBase(p), site)` for an absolute address.
 *
 * A `year` argument gives a campaign year's own address (/2019/subprojects/); without one, the
 * un-prefixed address that shows the current campaign (/subprojects/). See PORTAL.md, "Pages and
 * addresses": every address the site has published keeps resolving.
 */

import { siteAssetFile, type SiteAsset } from './site-assets';

/** The site's base path as Astro's config gives it (`/portal` or `/portal/`), ending in a slash. */
export function baseWithSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins the site's base path (/ or /repo-name/) with a path inside the site. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  return baseWithSlash(base) + path.replace(/^\/+/, '');
}

const under = (year: string | undefined) => (year ? `${year}/` : '');
const hash = (anchor: string | undefined) => (anchor ? `#${anchor}` : '');

export type DownloadKind = 'csv' | 'json';

export const paths = {
  home: () => '',
  /** A campaign year's own page: /2019/. */
  campaign: (year: string) => `${year}/`,
  notices: () => 'notices/',
  notice: (id: string, anchor?: string) => `notices/${id}/${hash(anchor)}`,
  /** The top of the unit tree is /units/ itself; every other unit follows its path-like id. */
  unit: (id: string, rootId: string, anchor?: string) => (id === rootId ? `units/${hash(anchor)}` : `units/${id}/${hash(anchor)}`),
  units: () => 'units/',
  subprojects: (year?: string) => `${under(year)}subprojects/`,
  subproject: (id: string, year?: string) => `${under(year)}subprojects/${id}/`,
  poster: (id: string, year?: string) => `${under(year)}subprojects/${id}/poster/`,
  timeline: (year?: string) => `${under(year)}timeline/`,
  /** A year's calendar file; the year is in its name, so it has one address. */
  calendar: (year: string) => `timeline/${year}.ics`,
  contacts: (year?: string) => `${under(year)}contacts/`,
  /** A group of contact cards (a notice's or a call's id, or `all`). */
  contactCards: (group: string, year?: string) => `${under(year)}contacts/${group}.vcf`,
  data: () => 'data/',
  /** An allocation table's data; plans are named by their notice, whose id carries the year. */
  planFile: (noticeId: string, kind: DownloadKind) => `data/plans/${noticeId}.${kind}`,
  /** A progress table's data: /data/2019/units/<unit>/<chart>.csv, or un-prefixed for the current campaign. */
  chartFile: (unitId: string, chart: string, kind: DownloadKind, year?: string) => `data/${under(year)}units/${unitId}/${chart}.${kind}`,
  /** A year's published results (every call's shortlist, awards and 优秀组织奖): /data/2019/results.csv. */
  resultsFile: (year: string, kind: DownloadKind) => `data/${year}/results.${kind}`,
  /** A year's published figures (works received, votes cast…), each with its source. */
  figuresFile: (year: string, kind: DownloadKind) => `data/${year}/figures.${kind}`,
  /** Every download of a year, listed for programs. */
  dataIndex: (year: string) => `data/${year}/index.json`,
  search: () => 'search/',
  about: () => 'about/',
  report: () => 'report/',
  /** The content editor (Decap CMS), its configuration and its own files. */
  admin: () => 'admin/',
  adminConfig: () => 'admin/config.json',
  adminBundle: () => 'admin/decap/decap-cms.js',
  /** /admin/'s own script (src/client/admin.ts), bundled only in a build whose /admin/ edits. */
  adminScript: () => 'admin/editor.js',
  /** The report form's index (its units, the campaigns) and each year's plans and reports (src/lib/report/context.ts). */
  reportContext: () => 'report/context.json',
  reportYear: (year: string) => `report/context/${year}.json`,
  rss: () => 'rss.xml',
  sitemap: () => 'sitemap-index.xml',
  pagefind: () => 'pagefind/',
  /** The site's stylesheet or one of its scripts (src/lib/site-assets.ts). */
  siteAsset: (name: SiteAsset) => siteAssetFile(name),
  /** A file of public/ (favicon.svg, share.png). */
  asset: (name: string) => name,
} as const;
