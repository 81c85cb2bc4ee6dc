import type { APIRoute } from 'astro';
import { paths, withBase } from '../lib/addresses';

/** Crawlers may read everything but the content editor; the sitemap lives under the site's base path. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(paths.sitemap()), site).href;
  return new Response(`User-agent: *\nDisallow: ${withBase(paths.admin())}\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
