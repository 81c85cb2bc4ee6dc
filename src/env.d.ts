declare namespace App {
  interface Locals {
    /** The site's scripts a page has asked for (src/components/SiteScript.astro). */
    siteScripts?: Set<import('./lib/site-assets').SiteScript>;
  }
}

/** The validated notices' and calls' MDX bodies (src/lib/content/bodies.ts, src/integrations/content-bodies.ts). */
declare module 'virtual:portal/bodies' {
  type Body = () => Promise<{ Content: import('astro/runtime/server/index.js').AstroComponentFactory }>;
  export const notices: ReadonlyMap<string, Body>;
  export const calls: ReadonlyMap<string, Body>;
}
