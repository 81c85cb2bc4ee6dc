import type { APIRoute } from 'astro';
import { cmsConfig } from '../../lib/cms/config';
import { cmsSettings } from '../../lib/cms/settings';
import { siteData } from '../../lib/domain/site';

/** /admin/'s Decap CMS configuration, built from the schemas (src/lib/cms/config.ts); `null` when /admin/ cannot edit. */
export const GET: APIRoute = ({ site }) => {
  const years = siteData().campaigns.map((c) => c.year);
  return new Response(JSON.stringify(cmsConfig(cmsSettings(years, process.env, site?.href)) ?? null), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
