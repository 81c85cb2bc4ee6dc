import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlifyHeaders, nginxConf } from '../../src/lib/hosting/headers';
import { BASE, pagePaths, readPage, DIST } from './site';

describe('security', () => {
  it('every page carries a strict Content-Security-Policy and nothing inline that it would block', () => {
    for (const p of pagePaths()) {
      const html = readPage(p);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, p).toContain("default-src 'self'");
      // Only the search page may compile WebAssembly (Pagefind); no page may eval JavaScript.
      expect(csp, p).toContain(p === '/search/' ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self';");
      expect(csp, p).toContain("object-src 'none'");
      expect(csp, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(html, p).not.toMatch(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/i);
      expect(html, p).not.toMatch(/<style\b/i);
      expect(html, p).not.toMatch(/\sstyle="/i);
      expect(html, p).not.toMatch(/\son[a-z]+="/i);
      expect(html, p).not.toMatch(/javascript:/i);
    }
  });

  it('_headers adds what a meta tag cannot (frame-ancestors), and long cache for hashed assets', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  it('the same headers for nginx, written by the build from the same rules and for the same base', () => {
    const base = BASE;
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(netlifyHeaders(base));
    expect(readFileSync(join(DIST, 'nginx.conf'), 'utf8')).toBe(nginxConf(base));
  });
});
