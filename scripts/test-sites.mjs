// @ts-check
/**
 * The sites the browser tests read, each an `astro build` (through scripts/build.mjs, so a failed
 * build leaves nothing half-written) of the tests' own content, tests/fixtures/site/, never of
 * content/. `real` is `npm run build` of content/ into dist/: only the gates read it, which no
 * correct content can fail.
 *
 *   node scripts/test-sites.mjs            every test site
 *   node scripts/test-sites.mjs site demo  only those
 *
 * Each build's output goes to dist-test/<name>.log; the time of each is printed. Builds run one at a
 * time: Astro writes the map of a build's MDX files to the project's .astro/ folder, which a second
 * build beside it would overwrite with its own.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = 'tests/fixtures/site';

/** @typedef {{ env: Record<string, string>, outDir: string, base: string, about: string }} TestSite */

/** @type {Record<string, TestSite>} */
export const TEST_SITES = {
  real: { env: {}, outDir: 'dist', base: '/', about: 'content/ as staff keep it (npm run build)' },
  site: { env: { PORTAL_CONTENT_DIR: SITE }, outDir: 'dist-test/site', base: '/', about: 'the test site' },
  demo: {
    env: { PORTAL_CONTENT_DIR: SITE, PORTAL_SAMPLE_DIRS: 'tests/fixtures/demo', PORTAL_BASE: '/portal/' },
    outDir: 'dist-test/demo',
    base: '/portal/',
    about: 'the test site with sample reports, under a base path',
  },
  now: { env: { PORTAL_CONTENT_DIR: SITE, PORTAL_NOW: '2019-08-15' }, outDir: 'dist-test/now', base: '/', about: 'the test site as of 2019-08-15' },
  // The demo's sample results on a day when one call's public vote runs, another's is about to start.
  voting: {
    env: { PORTAL_CONTENT_DIR: SITE, PORTAL_SAMPLE_DIRS: 'tests/fixtures/demo', PORTAL_NOW: '2019-10-15' },
    outDir: 'dist-test/voting',
    base: '/',
    about: 'the demo content as of 2019-10-15, during a vote',
  },
  years: {
    env: { PORTAL_CONTENT_DIR: SITE, PORTAL_SAMPLE_DIRS: 'tests/fixtures/two-years' },
    outDir: 'dist-test/years',
    base: '/',
    about: 'the test site with a second, sample campaign year',
  },
};

/** The folder a test site is built into. */
export const siteDir = (/** @type {string} */ name) => join(ROOT, (TEST_SITES[name] ?? fail(name)).outDir);

/** @returns {never} */
function fail(/** @type {string} */ name) {
  throw new Error(`没有名为 ${name} 的测试站点（${Object.keys(TEST_SITES).join('、')}）`);
}

/**
 * The environment of a child build: without what a test runner put there (Vitest sets BASE_URL,
 * MODE, DEV, PROD, SSR, which Vite would read as the build's own) and with this site's settings.
 * @param {Record<string, string>} extra
 */
export function buildEnv(extra) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'])
    if (!(k in extra)) delete env[k];
  // The test sites' settings are theirs alone; a PORTAL_* of the shell does not leak into them.
  for (const k of Object.keys(env)) if (k.startsWith('PORTAL_') && !(k in extra)) delete env[k];
  return env;
}

/**
 * Builds one site; resolves with its time in seconds, or rejects with its log.
 * @param {string} name
 */
export function buildSite(name) {
  const site = TEST_SITES[name] ?? fail(name);
  const started = Date.now();
  const log = join(ROOT, 'dist-test', `${name}.log`);
  mkdirSync(join(ROOT, 'dist-test'), { recursive: true });
  // Each build keeps its content store in its own cache folder.
  const env = buildEnv({ ...site.env, PORTAL_CACHE_DIR: join(ROOT, 'node_modules', `.astro-${name}`) });
  // The real build reads the shell's PORTAL_* (PORTAL_SITE, PORTAL_BASE…) as `npm run build` does.
  if (name === 'real') for (const [k, v] of Object.entries(process.env)) if (k.startsWith('PORTAL_') && v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outDir', join(ROOT, site.outDir)], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      writeFileSync(log, out);
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) resolve(seconds);
      else reject(Object.assign(new Error(`${name}（${site.about}）构建失败，见 ${log}`), { log: out, seconds }));
    });
  });
}

/**
 * Builds the named sites one after another; prints each one's time. Rejects after all have
 * finished if any failed, with the failed builds' output.
 * @param {string[]} names
 * @returns {Promise<Record<string, number>>}
 */
export async function buildSites(names) {
  /** @type {Record<string, number>} */
  const times = {};
  /** @type {string[]} */
  const failed = [];
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      try {
        const seconds = await buildSite(name);
        times[name] = seconds;
        console.log(`  构建 ${name.padEnd(6)} ${seconds.toFixed(1).padStart(6)} s  ${TEST_SITES[name]?.about}`);
      } catch (e) {
        const err = /** @type {Error & { log?: string }} */ (e);
        failed.push(`${err.message}\n${err.log ?? ''}`);
        console.log(`  构建 ${name.padEnd(6)} 失败`);
      }
    }
  };
  await worker();
  if (failed.length > 0) throw new Error(failed.join('\n\n'));
  return times;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const chosen = names.length > 0 ? names : Object.keys(TEST_SITES).filter((n) => n !== 'real');
  buildSites(chosen).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

/** The log of a site's last build, for a message. */
export const siteLog = (/** @type {string} */ name) => readFileSync(join(ROOT, 'dist-test', `${name}.log`), 'utf8');
