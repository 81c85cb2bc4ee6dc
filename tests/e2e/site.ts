import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = process.env.PORTAL_DIST ? join(PROJECT, process.env.PORTAL_DIST) : join(PROJECT, 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`没有找到已构建的网站：${DIST}/index.html。先运行 npm run build。`);
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

/**
 * The environment for a child `astro build`, without what Vitest itself put there: Vitest sets
 * BASE_URL, MODE, DEV, PROD and SSR in process.env, and Vite would read them as the build's own.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'])
    if (!(k in extra)) delete env[k];
  return env;
}

export interface SampleSite {
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
 * A real `astro build` with extra environment (sample folders, a base path) into a temporary
 * folder, served on 127.0.0.1: what the demo and two-year tests check besides the main build.
 */
export async function buildSample(name: string, env: Record<string, string>): Promise<SampleSite> {
  const out = mkdtempSync(join(tmpdir(), `portal-${name}-`));
  const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/astro.js'), 'build', '--outDir', out], {
    cwd: PROJECT,
    env: buildEnv(env),
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`${name} build failed:\n${r.stdout}\n${r.stderr}`);
  const base = env.PORTAL_BASE ?? '/';
  const server = await startServer(out, base);
  return {
    out,
    url: server.url,
    pages: () => distFiles(out).filter((f) => f.endsWith('.html')).map((f) => '/' + f.replace(/index\.html$/, '')),
    files: () => distFiles(out),
    dispose: async () => {
      await server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
