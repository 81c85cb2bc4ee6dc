/**
 * The response headers the site wants from whatever serves it, in one place: the build writes them
 * as dist/_headers (Netlify, Cloudflare Pages and other static hosts that read that file) and as
 * dist/nginx.conf (an office server), both from these rules, so the two cannot drift apart.
 * What a meta tag cannot say (frame-ancestors; each page carries its own script policy in a meta
 * tag, and a second full policy here would be enforced on top of it), and a year's cache for the
 * hashed assets under _astro/.
 */
import { baseWithSlash } from '../addresses';

export interface HeaderRule {
  /** Path under the site's base: '' for every path, '_astro/' for that folder. */
  under: string;
  headers: readonly (readonly [name: string, value: string])[];
}

/** Headers every response gets. */
export const SECURITY_HEADERS = [
  ['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
] as const;

/** Assets whose names carry their content's hash never change: cache them for a year. */
export const HASHED_ASSETS_CACHE = ['Cache-Control', 'public, max-age=31536000, immutable'] as const;

export const HEADER_RULES: readonly HeaderRule[] = [
  { under: '', headers: SECURITY_HEADERS },
  { under: '_astro/', headers: [HASHED_ASSETS_CACHE] },
];

/** dist/_headers: a path pattern, then its headers indented; a path matching several patterns gets them all. */
export function netlifyHeaders(base: string): string {
  const b = baseWithSlash(base);
  return `${HEADER_RULES.flatMap((r) => [`${b}${r.under}*`, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)]).join('\n')}\n`;
}

/**
 * dist/nginx.conf: locations to put inside the `server { … }` that serves the built site. In nginx
 * a location with add_header of its own inherits none from outside it, so each location repeats
 * the security headers; `always` adds them to error responses (the 404 page) too.
 */
export function nginxConf(base: string): string {
  const b = baseWithSlash(base);
  const q = (v: string) => `"${v.replace(/(["\\])/g, '\\$1')}"`;
  const locations = HEADER_RULES.flatMap((rule) => {
    // What _headers gives a path under this rule: the headers of every rule whose path contains it.
    const headers = HEADER_RULES.filter((r) => rule.under.startsWith(r.under)).flatMap((r) => r.headers);
    return [
      `location ${b}${rule.under} {`,
      ...(rule.under === '' ? ['    try_files $uri $uri/ =404;'] : []),
      // `always` puts the security headers on error responses too; never a year's cache on a 404.
      ...headers.map(([k, v]) => `    add_header ${k} ${q(v)}${k === HASHED_ASSETS_CACHE[0] ? '' : ' always'};`),
      '}',
      '',
    ];
  });
  return [
    '# Security and cache headers for nginx, written by `npm run build` from src/lib/hosting/headers.ts',
    '# (the same rules as _headers). Inside the server { } that serves the site, with `root` set to the',
    `# folder that holds the built site at ${b} (for the base /, root is dist/ itself):`,
    '#     include /path/to/dist/nginx.conf;',
    '',
    `error_page 404 ${b}404.html;`,
    '',
    ...locations,
  ].join('\n');
}
