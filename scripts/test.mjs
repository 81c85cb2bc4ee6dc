// @ts-check
/**
 * `npm test`: every test, in stages, each stage's time printed at the end.
 *
 * 1. types (`astro check`) beside the unit and content tests (Vitest project `unit`);
 * 2. the builds: content/ into dist/ (the real site) and the test sites into dist-test/
 *    (scripts/test-sites.mjs), one after another;
 * 3. side by side: the browser tests (Vitest projects e2e, e2e-years, e2e-demo, e2e-voting, e2e-real),
 *    over those builds, which build nothing; and the tests that build, one after the other (Vitest
 *    projects `builds`, and `admin`: /admin/ against decap-server, with two builds of its own).
 *
 * A stage runs only when the one before passed. `-- --only=unit,builds,browser` runs some stages;
 * `--reuse` keeps builds that are already there (for working on a browser test).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSites, ROOT, TEST_SITES } from './test-sites.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const reuse = args.includes('--reuse');
const want = (/** @type {string} */ stage) => !only || only.includes(stage);

/** @type {{ stage: string, seconds: number, ok: boolean }[]} */
const times = [];

/**
 * Runs a command; its output is shown when it ends (two at once would interleave line by line).
 * @param {string} label
 * @param {string[]} argv
 * @param {boolean} [buffered]
 * @returns {Promise<{ ok: boolean, seconds: number }>}
 */
function run(label, argv, buffered = false) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0] ?? '', argv.slice(1), { cwd: ROOT, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (buffered) process.stdout.write(`\n── ${label} ──\n${out}`);
      times.push({ stage: label, seconds, ok: code === 0 });
      resolve({ ok: code === 0, seconds });
    });
  });
}

const node = process.execPath;
const bin = (/** @type {string} */ p) => join(ROOT, 'node_modules', p);

function summary() {
  console.log('\n各阶段用时 / stage times');
  for (const t of times) console.log(`  ${t.ok ? '通过' : '失败'}  ${t.seconds.toFixed(1).padStart(7)} s  ${t.stage}`);
  const total = times.reduce((s, t) => s + t.seconds, 0);
  console.log(`  合计（依次相加，并行的阶段按各自用时计）${total.toFixed(1)} s；实际用时 ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

const start = Date.now();
let ok = true;

if (ok && want('unit')) {
  // Type checking reads every page; the unit tests are mostly pure functions: side by side on two cores.
  const results = await Promise.all([
    run('类型检查 astro check', [node, bin('astro/astro.js'), 'check'], true),
    run('单元与内容测试 vitest --project unit', [node, bin('vitest/vitest.mjs'), 'run', '--project', 'unit'], true),
  ]);
  ok = results.every((r) => r.ok);
}

if (ok && want('builds')) {
  const names = Object.keys(TEST_SITES).filter((n) => !reuse || !existsSync(join(ROOT, TEST_SITES[n]?.outDir ?? '', 'index.html')));
  const started = Date.now();
  console.log(`\n── 构建 ${names.join('、') || '（全部沿用）'} ──`);
  try {
    const built = await buildSites(names);
    for (const [name, seconds] of Object.entries(built)) times.push({ stage: `  构建 ${name}`, seconds, ok: true });
    times.push({ stage: '构建各站点', seconds: (Date.now() - started) / 1000, ok: true });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    times.push({ stage: '构建各站点', seconds: (Date.now() - started) / 1000, ok: false });
    ok = false;
  }
}

/** The tests that run whole builds of their own, one after another (never beside another build: see scripts/test-sites.mjs). */
async function buildingTests() {
  if (!(await run('构建脚本测试 vitest --project builds', [node, bin('vitest/vitest.mjs'), 'run', '--project', 'builds'], true)).ok) return false;
  return (await run('内容编辑测试 vitest --project admin', [node, bin('vitest/vitest.mjs'), 'run', '--project', 'admin'], true)).ok;
}

/** The browser tests over the builds: they build nothing, so they run beside the building tests. */
async function browserTests() {
  const projects = ['e2e', 'e2e-years', 'e2e-demo', 'e2e-voting', 'e2e-real'];
  // Browser tests wait on pages as much as they compute: more files at once than cores keeps both busy.
  const workers = process.env.PORTAL_TEST_WORKERS ?? '3';
  return (await run(`浏览器测试 vitest --project ${projects.join(', ')}（${workers} 个文件同时）`, [node, bin('vitest/vitest.mjs'), 'run', `--maxWorkers=${workers}`, ...projects.flatMap((p) => ['--project', p])])).ok;
}

if (ok) {
  const results = await Promise.all([want('builds') ? buildingTests() : true, want('browser') ? browserTests() : true]);
  ok = results.every(Boolean);
}

summary();
process.exit(ok ? 0 : 1);
