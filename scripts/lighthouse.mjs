#!/usr/bin/env node
// @ts-check
// Runs Lighthouse (mobile defaults) on one page of each type of the built site, served locally,
// with Debian's Chromium, and prints the four category scores and LCP, TBT, CLS for each.
// `npm run lighthouse` installs Chromium if needed and builds first.
// `node scripts/lighthouse.mjs unit unit-tree` runs only the named page types; LH_KEEP=dir keeps the
// JSON reports there, to read which resources and tasks cost the points.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './budget.mjs';
import { startServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('没有找到 dist/：先运行 npm run build');
  process.exit(1);
}

// One page per type: the first of each, in path order, so runs compare like with like.
/** @type {Map<string, string>} */
const pick = new Map();
for (const r of measure({ dist: DIST }).sort((a, b) => a.path.localeCompare(b.path)))
  if (!pick.has(r.type) && r.type !== 'not-found') pick.set(r.type, r.path);

/**
 * @param {string} cmd @param {string[]} args
 * @returns {Promise<{ status: number | null, stderr: string }>}
 */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

const only = process.argv.slice(2);
const unknown = only.filter((t) => !pick.has(t));
if (unknown.length) {
  console.error(`没有这种页面类型：${unknown.join('、')}（可选：${[...pick.keys()].sort().join('、')}）`);
  process.exit(1);
}
/** Runs per page; the median is reported (LH_RUNS=1 for a quick look). */
const RUNS = Number(process.env.LH_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`LH_RUNS 应为正整数，实际：${process.env.LH_RUNS}`);
  process.exit(1);
}

/** @param {string} type @param {string} path @param {any} lhr */
function summary(type, path, lhr) {
  const score = (/** @type {string} */ k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const audit = (/** @type {string} */ k) => lhr.audits[k]?.numericValue ?? NaN;
  const below = Object.entries(lhr.categories)
    .filter(([, c]) => /** @type {{score: number}} */ (c).score < 1)
    .flatMap(([, c]) =>
      /** @type {{auditRefs: {id: string, weight: number}[]}} */ (c).auditRefs
        .filter((a) => a.weight > 0 && lhr.audits[a.id]?.score !== null && lhr.audits[a.id]?.score < 1)
        .map((a) => a.id),
    );
  return {
    type,
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    below,
    /** @type {number[]} */
    spread: [],
  };
}

const server = await startServer(DIST, '/');
const keep = process.env.LH_KEEP;
if (keep) mkdirSync(keep, { recursive: true });
const out = keep ?? mkdtempSync(join(tmpdir(), 'lh-'));
/** @type {ReturnType<typeof summary>[]} */
const rows = [];
let failed = false;
try {
  for (const [type, path] of [...pick.entries()].sort().filter(([t]) => only.length === 0 || only.includes(t))) {
    const url = server.url + path.replace(/^\//, '');
    /** @type {typeof rows} */
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      const report = join(out, RUNS > 1 ? `${type}-${i}.json` : `${type}.json`);
      // Asynchronous: the server answering Lighthouse runs in this same process.
      const r = await run(process.execPath, [
        join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--chrome-flags=${FLAGS}`,
        '--locale=zh',
      ]);
      if (r.status !== 0 || !existsSync(report)) {
        console.error(`Lighthouse failed on ${url}:\n${r.stderr}`);
        failed = true;
        continue;
      }
      runs.push(summary(type, path, JSON.parse(readFileSync(report, 'utf8'))));
    }
    // The median run by performance score, as Lighthouse's own docs advise: one run on a shared
    // 2-core machine moves by several points.
    const median = runs.sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)];
    if (median) rows.push({ ...median, spread: runs.map((x) => x.performance) });
  }
} finally {
  await server.close();
  if (!keep) rmSync(out, { recursive: true, force: true });
}

console.log(`Median of ${RUNS} run(s) per page (by performance score; the performance scores of all runs in brackets).\n`);
console.log('| page type | page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.type} | ${r.path} | ${r.performance}${r.spread.length > 1 ? ` (${r.spread.join(', ')})` : ''} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
const notPerfect = rows.filter((r) => r.below.length > 0);
if (notPerfect.length) console.log(`\nAudits below full score:\n${notPerfect.map((r) => `- ${r.type}: ${r.below.join(', ')}`).join('\n')}`);
if (failed) process.exit(1);
