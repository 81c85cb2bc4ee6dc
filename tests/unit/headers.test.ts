import { describe, expect, it } from 'vitest';
import { HASHED_ASSETS_CACHE, netlifyHeaders, nginxConf, SECURITY_HEADERS } from '../../src/lib/hosting/headers';

/** _headers read back as a static host reads it: every pattern that matches a path adds its headers. */
function fromHeadersFile(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) {
      const re = new RegExp(`^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      applies = re.test(path);
    } else if (applies) {
      const [, k, v] = /^\s+([^:]+):\s(.*)$/.exec(line)!;
      out[k!] = v!;
    }
  }
  return out;
}

/** nginx.conf read back as nginx does: the longest matching prefix location, and only its add_header lines. */
function fromNginx(text: string, path: string): { headers: Record<string, string>; always: Record<string, boolean> } {
  const locations = [...text.matchAll(/location (\S+) \{([\s\S]*?)\n\}/g)].map((m) => ({ prefix: m[1]!, body: m[2]! }));
  const best = locations.filter((l) => path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]!;
  const headers: Record<string, string> = {};
  const always: Record<string, boolean> = {};
  for (const m of best.body.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)"( always)?;/g)) {
    headers[m[1]!] = m[2]!.replace(/\\(.)/g, '$1');
    always[m[1]!] = Boolean(m[3]);
  }
  return { headers, always };
}

describe('the same headers for every host, from one set of rules', () => {
  for (const base of ['/', '/portal/']) {
    it(`_headers and nginx.conf give each path the same headers (base ${base})`, () => {
      const headersFile = netlifyHeaders(base);
      const nginx = nginxConf(base);
      for (const path of [`${base}`, `${base}notices/zgf-2019-17/`, `${base}_astro/report.abc123.js`, `${base}report/context.json`]) {
        const want = fromHeadersFile(headersFile, path);
        expect(fromNginx(nginx, path).headers, path).toEqual(want);
        expect(Object.keys(want), path).toEqual(expect.arrayContaining(SECURITY_HEADERS.map(([k]) => k)));
      }
      expect(fromHeadersFile(headersFile, `${base}_astro/x.js`)['Cache-Control']).toBe(HASHED_ASSETS_CACHE[1]);
      expect(fromHeadersFile(headersFile, `${base}index.html`)['Cache-Control']).toBeUndefined();
    });
  }

  it('nginx: security headers on error pages too, but never a year’s cache on a 404', () => {
    const { always } = fromNginx(nginxConf('/'), '/_astro/x.js');
    expect(always).toEqual({ ...Object.fromEntries(SECURITY_HEADERS.map(([k]) => [k, true])), 'Cache-Control': false });
    expect(nginxConf('/portal/')).toContain('error_page 404 /portal/404.html;');
    // Balanced braces: nginx would refuse the file otherwise.
    const conf = nginxConf('/portal/');
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });

  it('_headers is what the build wrote before this module (the rules moved, not changed)', () => {
    expect(netlifyHeaders('/')).toBe(
      [
        '/*',
        "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
        '/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });
});
