import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';
import { siteDir, TEST_SITES } from '../../scripts/test-sites.mjs';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The tests' own content folder (tests/fixtures/site/, laid out like content/). Tests read it, never
 * content/: a staff member's correct edit to content/ cannot change what a test sees.
 */
export const SITE_CONTENT = join(PROJECT, 'tests/fixtures/site');
export { buildEnv } from '../../scripts/test-sites.mjs';

/** A built site's folder and base path, from a PORTAL_DIST (relative to the project; default the test site). */
export function distFor(rel = 'dist-test/site'): { dir: string; base: string } {
  const dir = resolve(PROJECT, rel);
  const site = Object.values(TEST_SITES).find((s) => resolve(PROJECT, s.outDir) === dir);
  // dist/ is built with the shell's PORTAL_BASE, as `npm run build` reads it.
  const base = site && site.outDir !== 'dist' ? site.base : (process.env.PORTAL_BASE ?? '/');
  return { dir, base };
}

/** The site this test project reads (its PORTAL_DIST) and its base path. */
export const { dir: DIST, base: BASE } = distFor(process.env.PORTAL_DIST);

/**
 * Where the content of a built site was read from, as the build's own environment names it:
 * content/ for dist/, the test site and its sample folders for dist-test/<name>.
 */
export function contentEnvFor(dir = DIST): Record<string, string> {
  const site = Object.values(TEST_SITES).find((s) => resolve(PROJECT, s.outDir) === dir);
  return site && site.outDir !== 'dist' ? site.env : { PORTAL_NOW: process.env.PORTAL_NOW ?? '' };
}

export function assertBuilt(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`没有找到已构建的网站：${dir}/index.html。先运行 npm run build（dist/）或 node scripts/test-sites.mjs（dist-test/）。`);
}

/** Every file under a built site (dist/ by default), as paths relative to it with / separators. */
export function distFiles(root = DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [relative(root, full).split(sep).join('/')];
    });
  return walk(root).sort();
}

/** Every HTML page, as its site path: index.html → /, notices/index.html → /notices/. */
export function pagePaths(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.replace(/index\.html$/, ''));
}

export function readPage(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(DIST, file), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The text a reader sees in an HTML page: scripts, styles and tags removed; with
 * `printedOnly`, also the site's own notes beside the printed text (screen-reader hints,
 * standard names) so that what remains can be compared with the source.
 */
export function htmlText(html: string, printedOnly = false): string {
  const body = printedOnly ? html.replace(/<span class="[^"]*\b(?:sr-only|site-note)\b[^"]*"[^>]*>[^<]*<\/span>/g, '') : html;
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? m;
    });
}

export interface ServedSite {
  /** Where the site was built. */
  out: string;
  /** Where it is served, ending in the base path. */
  url: string;
  /** Its pages, as site paths (/, /units/…). */
  pages: () => string[];
  /** Its files, relative to `out`. */
  files: () => string[];
  dispose: () => Promise<void>;
}

/**
 * One of the other test sites (scripts/test-sites.mjs: demo, now, years), built by the test command
 * before the browser tests, served on 127.0.0.1 under its base path.
 */
export async function serveSite(name: string): Promise<ServedSite> {
  const out = siteDir(name);
  assertBuilt(out);
  const server = await startServer(out, TEST_SITES[name]!.base);
  return {
    out,
    url: server.url,
    pages: () => distFiles(out).filter((f) => f.endsWith('.html')).map((f) => '/' + f.replace(/index\.html$/, '')),
    files: () => distFiles(out),
    dispose: () => server.close(),
  };
}
