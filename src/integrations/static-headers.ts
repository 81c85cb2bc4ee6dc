import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { baseWithSlash } from '../lib/addresses';
import { netlifyHeaders, nginxConf } from '../lib/hosting/headers';

/**
 * Writes the site's response headers for the host that serves it, from one set of rules
 * (src/lib/hosting/headers.ts): dist/_headers for static hosts that read it (Netlify,
 * Cloudflare Pages), dist/nginx.conf to include in an office server's nginx.
 */
export default function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal-static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseWithSlash(config.base);
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), netlifyHeaders(base));
        writeFileSync(new URL('nginx.conf', dir), nginxConf(base));
      },
    },
  };
}
