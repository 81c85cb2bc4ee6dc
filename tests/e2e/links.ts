import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from './site';

export interface LinkReport {
  checked: number;
  broken: string[];
  external: { page: string; href: string; rel: string }[];
  unsafeExternal: string[];
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const unescapeAttr = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/**
 * Every internal link, anchor and asset reference in a built site resolves; every external link
 * is listed and carries rel="noopener noreferrer". No network is used.
 */
export function checkLinks(dist: string, base = '/'): LinkReport {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const report: LinkReport = { checked: 0, broken: [], external: [], unsafeExternal: [] };
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => unescapeAttr(m[1] ?? '')));
      idCache.set(file, ids);
    }
    return ids;
  };

  for (const rel of distFiles(dist).filter((f) => f.endsWith('.html'))) {
    const file = join(dist, rel);
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(prefix + rel.replace(/index\.html$/, ''), 'http://site.test');
    for (const tag of html.matchAll(/<(a|link|script|img|source|form|iframe)\b[^>]*>/gi)) {
      const t = tag[0];
      const attr = /\s(href|src|action)="([^"]*)"/i.exec(t);
      if (!attr) continue;
      const raw = unescapeAttr(attr[2] ?? '');
      report.checked++;
      if (/^(mailto|tel|sms|data):/i.test(raw)) continue;
      if (/^https?:\/\//i.test(raw) && !raw.startsWith('http://site.test')) {
        const relAttr = /\srel="([^"]*)"/i.exec(t)?.[1] ?? '';
        report.external.push({ page: pageUrl.pathname, href: raw, rel: relAttr });
        if (tag[1]?.toLowerCase() === 'a' && !(/\bnoopener\b/.test(relAttr) && /\bnoreferrer\b/.test(relAttr)))
          report.unsafeExternal.push(`${pageUrl.pathname}: ${raw} (rel="${relAttr}")`);
        continue;
      }
      const target = new URL(raw, pageUrl);
      if (!target.pathname.startsWith(prefix)) {
        report.broken.push(`${pageUrl.pathname}: ${raw} is outside the base path ${prefix}`);
        continue;
      }
      let path = decode(target.pathname.slice(prefix.length));
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const targetFile = join(dist, path);
      if (!existsSync(targetFile)) {
        report.broken.push(`${pageUrl.pathname}: ${raw} → ${path} does not exist`);
        continue;
      }
      const hash = decode(target.hash.slice(1));
      if (hash && path.endsWith('.html') && !idsOf(targetFile).has(hash))
        report.broken.push(`${pageUrl.pathname}: ${raw} → no element with id "${hash}"`);
    }
  }
  return report;
}
