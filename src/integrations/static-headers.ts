import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Writes dist/_headers for static hosts that read it (Netlify, Cloudflare Pages): what a meta tag
 * cannot say (frame-ancestors; each page carries its own script policy in a meta tag, and a
 * second full policy here would be enforced on top of it), and a year's cache for hashed assets.
 */
export default function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal-static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const text = [
          `${base}*`,
          "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        writeFileSync(new URL('_headers', dir), text);
      },
    },
  };
}
