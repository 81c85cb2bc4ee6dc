#!/usr/bin/env node
// @ts-check
// Runs Lighthouse (mobile defaults) on one page of each type of the built site, served locally,
// with Debian's Chromium, and prints the four category scores and LCP, TBT, CLS for each.
// `npm run lighthouse` installs Chromium if needed and builds first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

const server = await startServer(DIST, '/');
const out = mkdtempSync(join(tmpdir(), 'lh-'));
const rows = [];
let failed = false;
try {
  for (const [type, path] of [...pick.entries()].sort()) {
    const url = server.url + path.replace(/^\//, '');
    const report = join(out, `${type}.json`);
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
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (/** @type {string} */ k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const audit = (/** @type {string} */ k) => lhr.audits[k]?.numericValue ?? NaN;
    const below = Object.entries(lhr.categories)
      .filter(([, c]) => /** @type {{score: number}} */ (c).score < 1)
      .flatMap(([, c]) =>
        /** @type {{auditRefs: {id: string, weight: number}[]}} */ (c).auditRefs
          .filter((a) => a.weight > 0 && lhr.audits[a.id]?.score !== null && lhr.audits[a.id]?.score < 1)
          .map((a) => a.id),
      );
    rows.push({
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
    });
  }
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}

console.log('| page type | page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.type} | ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
const notPerfect = rows.filter((r) => r.below.length > 0);
if (notPerfect.length) console.log(`\nAudits below full score:\n${notPerfect.map((r) => `- ${r.type}: ${r.below.join(', ')}`).join('\n')}`);
if (failed) process.exit(1);
