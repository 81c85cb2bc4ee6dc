import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, pagePaths, readPage } from './site';

/**
 * Every internal link and anchor of every built page resolves, under the base path the site
 * was built with (PORTAL_BASE, e.g. /portal/), and every external link opens without a referrer.
 */
const base = process.env.PORTAL_BASE ?? '/';
const prefix = base.endsWith('/') ? base : `${base}/`;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/** The file a site path is served from, or undefined. */
function target(path: string): string | undefined {
  const file = join(DIST, path);
  if (existsSync(file) && statSync(file).isFile()) return path;
  const index = join(path, 'index.html');
  if (existsSync(join(DIST, index))) return `/${index.replace(/^\/+/, '')}`;
  return undefined;
}

describe('links', () => {
  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pagePaths()) {
      const html = readPage(page);
      for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
        const href = decode(m[1]!);
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [pathPart, hash] = href.split('#') as [string, string | undefined];
        let html2 = html;
        if (pathPart !== '') {
          if (!pathPart.startsWith(prefix)) {
            broken.push(`${page}: ${href} (not under ${prefix})`);
            continue;
          }
          const file = target(decodeURIComponent(pathPart.slice(prefix.length - 1)));
          if (!file) {
            broken.push(`${page}: ${href}`);
            continue;
          }
          if (!file.endsWith('.html')) continue;
          html2 = readPage(file.replace(/index\.html$/, ''));
        }
        if (hash !== undefined && hash !== '' && !ids(html2).has(decodeURIComponent(hash))) broken.push(`${page}: ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('external links carry rel="noopener noreferrer"', () => {
    for (const page of pagePaths()) {
      for (const m of readPage(page).matchAll(/<a\b([^>]*)\shref="https?:[^"]*"([^>]*)>/g)) {
        const attrs = `${m[1]} ${m[2]}`;
        expect(attrs, page).toMatch(/rel="[^"]*\bnoopener\b[^"]*"/);
        expect(attrs, page).toMatch(/rel="[^"]*\bnoreferrer\b[^"]*"/);
      }
    }
  });
});
