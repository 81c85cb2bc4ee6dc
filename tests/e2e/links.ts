import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The file a site path is served from, as a static host would pick it. */
function fileFor(root: string, path: string): string | undefined {
  const full = join(root, path);
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return existsSync(full) ? full : undefined;
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/**
 * Every internal link and anchor of every page resolves inside the built site served at
 * `base`; every link that leaves the site has rel="noopener noreferrer". Returns what is wrong.
 */
export function brokenLinks(root: string, base: string, pages: readonly string[]): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsIn(readFileSync(file, 'utf8'))));
    return s;
  };
  for (const page of pages) {
    const file = fileFor(root, page);
    if (!file) {
      problems.push(`${page}: page not built`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<a\b[^>]*>/g)) {
      const tag = m[0];
      const href = /\shref="([^"]*)"/.exec(tag)?.[1];
      if (href === undefined) continue;
      if (/^https?:\/\//.test(href)) {
        const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page}: external link without rel="noopener noreferrer": ${href}`);
      }
    }
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1]!);
      if (/^(?:https?:|mailto:|tel:|data:)/.test(raw)) continue;
      const [pathPart, hash] = raw.split('#') as [string, string | undefined];
      let targetFile = file;
      if (pathPart !== '') {
        if (!pathPart.startsWith('/')) {
          problems.push(`${page}: relative link ${raw} (use withBase)`);
          continue;
        }
        if (!pathPart.startsWith(prefix)) {
          problems.push(`${page}: link outside the base ${prefix}: ${raw}`);
          continue;
        }
        const target = fileFor(root, decodeURIComponent(pathPart.slice(prefix.length - 1)));
        if (!target) {
          problems.push(`${page}: broken link ${raw}`);
          continue;
        }
        targetFile = target;
      }
      if (hash && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(hash))) problems.push(`${page}: missing anchor ${raw}`);
    }
  }
  return problems;
}
