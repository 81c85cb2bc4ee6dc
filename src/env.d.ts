declare namespace App {
  interface Locals {
    /** The site's scripts a page has asked for (src/components/SiteScript.astro). */
    siteScripts?: Set<import('./lib/site-assets').SiteScript>;
  }
}
