#!/usr/bin/env node
/**
 * npm run bench [-- --units=300,3000 --years=3,10 --runs=3 --reports-per-3000=20000 --keep]
 *   --units=none: the real content against bare Astro only
 *
 * Builds the portal from generated content of several sizes (a synthetic unit tree under the real
 * one, with progress reports), the real content, and a bare Astro project with the same number of
 * trivial pages, and prints for each: seconds, peak memory, files, where the time went (content
 * gate, data preparation, page rendering, downloads, search index…), bytes per page type and the
 * page budgets. Then the largest size again with several campaign years (each a copy of the real
 * year, renamed, with its own reports) and the cost of each added year, and at the end whether the
 * build meets its targets (docs/bench.md).
 *
 * Everything it writes is under .bench/ (git-ignored), never under content/. Not run in CI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measure, summarise } from './budget.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const SIZES = args.units === 'none' ? [] : (args.units ?? '300,3000').split(',').map(Number);
const REPORTS_PER_3000 = Number(args['reports-per-3000'] ?? 20000);
/** Campaign years of the multi-year builds at the largest size (1 alone: none). */
const YEARS = (args.years ?? '3,10')
  .split(',')
  .map(Number)
  .filter((y) => y > 1);
/** Builds of the real content and of its bare Astro twin, alternating; the medians are compared. */
const RUNS = Math.max(1, Number(args.runs ?? 3));
/** The real campaign year the synthetic years are copied from. */
const FIRST = readdirSync(join(ROOT, 'content/campaigns')).sort()[0];

/** What the build must meet (docs/bench.md): the issue's targets, checked at the end. */
const TARGETS = {
  /** Real content: at most this many times a bare Astro build of as many pages. */
  realRatio: 3,
  /** Each campaign year added at the largest size, as a share of the first year's build. */
  addedYear: 0.3,
  /** Three years at the largest size. */
  threeYearsSeconds: 60,
  threeYearsMB: 900,
};

/** Deterministic pseudo-random numbers, so every run builds the same data. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** All days of a campaign, YYYY-MM-DD, as its campaign.json says. */
function campaignDays(content, year) {
  const c = readJson(join(content, 'campaigns', year, 'campaign.json'));
  const days = [];
  for (let t = Date.parse(`${c.from}T00:00:00Z`); t <= Date.parse(`${c.to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Another campaign year in `content`: the first real year's folder copied with every mention of its
 * year changed (ids, 文号, dates), as staff make a year's folder, without its source text or reports.
 */
function addYear(content, year) {
  const from = join(content, 'campaigns', FIRST);
  const to = join(content, 'campaigns', year);
  const copy = (src, dst) => {
    for (const name of readdirSync(src)) {
      if (name === 'sources' || name === 'progress') continue;
      const s = join(src, name);
      const d = join(dst, name.split(FIRST).join(year));
      if (statSync(s).isDirectory()) {
        mkdirSync(d, { recursive: true });
        copy(s, d);
      } else writeFileSync(d, readFileSync(s, 'utf8').split(FIRST).join(year));
    }
  };
  mkdirSync(to, { recursive: true });
  copy(from, to);
}

/**
 * A copy of content/ whose unit tree has `total` units: the real 59, plus synthetic cities
 * under each of the 35 national units and counties under those cities (one city for every 12
 * synthetic units, the rest counties), `years` campaign years (the real one and those before it),
 * and reports in proportion in each
 * (20,000 for 3,000 units). Only synthetic units report; cities on odd days, counties on even days,
 * so no lower unit ever reports on the same day as the unit above it (the content rule compares those).
 */
function generate(total, years = 1) {
  const dir = join(BENCH, `synthetic-${total}${years > 1 ? `-${years}y` : ''}`);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (src) => !src.includes(`${sep}progress`) });
  // The years before the real one, as a deployment that has run since then holds them: a report
  // can never be dated after the build's day, so the real year stays the latest.
  const yearList = Array.from({ length: years }, (_, i) => String(Number(FIRST) - i));
  for (const y of yearList.slice(1)) addYear(content, y);
  const real = readdirSync(join(ROOT, 'content/units')).flatMap((f) => readJson(join(ROOT, 'content/units', f)));
  const provinces = real.filter((u) => u.parent === 'national');
  const extra = Math.max(0, total - real.length);
  const cityCount = Math.min(extra, Math.max(provinces.length, Math.round(extra / 12)));
  const units = [];
  const cities = [];
  for (let i = 0; i < cityCount; i++) {
    const p = provinces[i % provinces.length];
    const n = Math.floor(i / provinces.length) + 1;
    const city = { id: `${p.id}/s${n}`, name: `${p.name}示例市${n}`, kind: 'city', parent: p.id };
    units.push(city);
    cities.push(city);
  }
  const counties = [];
  for (let i = 0; i < extra - cityCount; i++) {
    const c = cities[i % cities.length];
    const n = Math.floor(i / cities.length) + 1;
    const county = { id: `${c.id}/x${n}`, name: `${c.name}示例县${n}`, kind: 'county', parent: c.id };
    units.push(county);
    counties.push(county);
  }
  writeFileSync(join(content, 'units/synthetic.json'), JSON.stringify(units, null, 1));

  const reportsTotal = Math.round((total / 3000) * REPORTS_PER_3000);
  const hasChildren = new Set(counties.map((c) => c.parent));
  const random = rng(total);
  let written = 0;
  for (const year of yearList) {
    const days = campaignDays(content, year);
    const odd = days.filter((_, i) => i % 2 === 1);
    const even = days.filter((_, i) => i % 2 === 0);
    const progressDir = join(content, 'campaigns', year, 'progress');
    units.forEach((u, i) => {
      const k = Math.floor(reportsTotal / units.length) + (i < reportsTotal % units.length ? 1 : 0);
      const pool = hasChildren.has(u.id) ? odd : u.kind === 'county' ? even : days;
      const scale = hasChildren.has(u.id) ? 10 : 1;
      const chosen = new Set();
      while (chosen.size < Math.min(k, pool.length)) chosen.add(pool[Math.floor(random() * pool.length)]);
      const unitDir = join(progressDir, u.id);
      mkdirSync(unitDir, { recursive: true });
      for (const asOf of chosen) {
        const report = {
          unit: u.id,
          campaign: year,
          asOf,
          activities: Math.floor(random() * 4 * scale),
          propagandists: Math.floor(random() * 40 * scale),
          workersReached: Math.floor(random() * 300 * scale),
          netizensCovered: Math.floor(random() * 30000 * scale),
          source: `基准测试生成的数据（${u.name}）`,
        };
        writeFileSync(join(unitDir, `${asOf}.json`), JSON.stringify(report));
        written++;
      }
    });
  }
  return { dir, content, units: real.length + units.length, reports: written, years };
}

/** A minimal Astro project with `pages` trivial pages from getStaticPaths, built by the same astro. */
function bareProject(pages) {
  const dir = join(BENCH, `bare-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });\n");
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>第 {n} 页</title></head><body><h1>第 {n} 页</h1></body></html>\n`,
  );
  return dir;
}

const hasGnuTime = existsSync('/usr/bin/time');

/**
 * Runs a build, timing it and taking the peak resident memory of its processes (GNU time -v; else
 * the largest the build itself recorded). The portal is built as `npm run build` builds it
 * (scripts/build.mjs), with PORTAL_TIMINGS set so that it says where its time went.
 */
function build(name, { bare, root = ROOT, env = {} } = {}) {
  const outDir = join(BENCH, 'out', name);
  rmSync(outDir, { recursive: true, force: true });
  const timings = join(BENCH, `${name}.timings`);
  rmSync(timings, { force: true });
  const argv = bare ? [ASTRO, 'build', '--root', root, '--outDir', outDir] : [join(ROOT, 'scripts/build.mjs'), '--outDir', outDir];
  const cmd = hasGnuTime ? ['/usr/bin/time', '-v', process.execPath, ...argv] : [process.execPath, ...argv];
  const load = loadavg()[0];
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(bare ? {} : { PORTAL_TIMINGS: timings }), ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(String(r.stdout).slice(-4000), String(r.stderr).slice(-4000));
    throw new Error(`${name}: build failed`);
  }
  const stages = readStages(timings);
  const recorded = Math.max(0, ...[...stages.values()].map((s) => s.peakMB));
  const kb = hasGnuTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) : recorded * 1024;
  return { name, seconds, peakMB: kb / 1024, load, outDir, stages, ...sizes(outDir) };
}

/** Each stage's time (summed over its lines) and the peak memory when it ended. */
function readStages(file) {
  const out = new Map();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').trim().split('\n').filter(Boolean)) {
    const { stage, ms, peakMB, heapMB } = JSON.parse(line);
    const s = out.get(stage) ?? { ms: 0, peakMB: 0, heapMB: 0 };
    s.ms += ms;
    s.peakMB = Math.max(s.peakMB, peakMB);
    s.heapMB = heapMB;
    out.set(stage, s);
  }
  return out;
}

/**
 * Where the time went, in the order a build runs: Astro's own setup less the content gate it runs,
 * rendering less the data the pages prepared, and whatever no stage names (the sitemap, the
 * headers, writing out) as the rest.
 */
function breakdown(run) {
  const ms = (k) => run.stages.get(k)?.ms ?? 0;
  const rows = [
    ['start (Node, Astro, config)', ms('startup')],
    ['content gate', ms('content gate')],
    ['Astro setup (content sync, types)', ms('astro setup') - ms('content gate')],
    ['bundling the pages', ms('bundling')],
    ['waiting for the site assets', ms('site assets (waited)')],
    ['data preparation', ms('data preparation')],
    ['page rendering', ms('rendering') - ms('data preparation') - ms('site assets (waited)')],
    ['downloads', ms('downloads')],
    ['search index', ms('search index')],
  ];
  const named = rows.reduce((s, [, v]) => s + v, 0);
  rows.push(['the rest (sitemap, headers, exit)', Math.max(0, run.seconds * 1000 - named)]);
  return rows;
}

/** What kind of output a file is, for bytes per page type. */
function kind(rel) {
  if (rel.startsWith('_astro/')) return rel.endsWith('.js') ? 'script (_astro/*.js)' : 'style (_astro/*.css)';
  if (rel === 'units/index.html') return 'national unit page (/units/)';
  if (rel.startsWith('units/') && rel.endsWith('.html')) return 'unit page';
  if (rel.startsWith('notices/') && rel.endsWith('.html')) return 'notice page';
  if (rel === 'data/index.html') return 'downloads page (/data/)';
  if (rel.startsWith('data/') && rel.endsWith('.csv')) return 'download CSV';
  if (rel.startsWith('data/') && rel.endsWith('.json')) return 'download JSON';
  if (rel.startsWith('pagefind/')) return 'search index (pagefind/)';
  if (rel.endsWith('.html')) return /^\d+\/index\.html$/.test(rel) ? 'trivial page' : 'other page';
  return 'other file';
}

function sizes(outDir) {
  const types = new Map();
  let pages = 0;
  let files = 0;
  let bytes = 0;
  let largestUnit = { path: '', bytes: 0 };
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const rel = relative(outDir, full).split(sep).join('/');
      const buf = readFileSync(full);
      const k = kind(rel);
      const t = types.get(k) ?? { count: 0, bytes: 0, gzip: 0 };
      t.count++;
      t.bytes += buf.length;
      // Gzip for the pages only: 100,000 downloads would take longer to compress than to build.
      if (rel.endsWith('.html') || rel.startsWith('_astro/')) t.gzip += gzipSync(buf).length;
      types.set(k, t);
      files++;
      bytes += buf.length;
      if (rel.endsWith('.html')) pages++;
      if (k === 'unit page' && buf.length > largestUnit.bytes) largestUnit = { path: `/${rel.replace(/index\.html$/, '')}`, bytes: buf.length };
    }
  };
  walk(outDir);
  return { pages, files, bytes, types, unitsPage: types.get('national unit page (/units/)')?.bytes ?? 0, largestUnit };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function printRun(r) {
  console.log(
    `\n## ${r.name}: ${r.seconds.toFixed(1)} s, peak ${r.peakMB.toFixed(0)} MB, ${r.pages} pages, ${r.files} files, ${(r.bytes / 1048576).toFixed(1)} MB (load average ${r.load.toFixed(1)} at the start)`,
  );
  if (r.stages.size > 0) {
    // Memory as each stage ended: the process's peak so far, and the heap in use (after the
    // collection between stages, the data the build still holds).
    console.log(`${pad('stage', 36)}${padL('seconds', 9)}${padL('share', 8)}${padL('peak MB after', 15)}${padL('heap MB after', 15)}`);
    const keys = { 'start (Node, Astro, config)': 'startup', 'content gate': 'content gate', 'Astro setup (content sync, types)': 'astro setup', 'bundling the pages': 'bundling', 'waiting for the site assets': 'site assets (waited)', 'page rendering': 'rendering', downloads: 'downloads', 'search index': 'search index' };
    for (const [label, ms] of breakdown(r)) {
      const s = r.stages.get(keys[label] ?? '');
      console.log(`${pad(label, 36)}${padL((ms / 1000).toFixed(1), 9)}${padL(`${((ms / 1000 / r.seconds) * 100).toFixed(0)}%`, 8)}${padL(s?.peakMB ?? '', 15)}${padL(s?.heapMB ?? '', 15)}`);
    }
    // Not a share of the build's time: its own process, beside the pages' bundle (scripts/build-assets.mjs).
    const assets = r.stages.get('site assets (own process)');
    if (assets) console.log(`${pad('(site assets, in their own process)', 36)}${padL((assets.ms / 1000).toFixed(1), 9)}${padL('', 8)}${padL(assets.peakMB, 15)}`);
    console.log('');
  }
  console.log(`${pad('type', 32)}${padL('files', 7)}${padL('avg', 12)}${padL('avg gzip', 12)}${padL('total', 12)}`);
  for (const [t, v] of [...r.types].sort((a, b) => b[1].bytes - a[1].bytes))
    console.log(`${pad(t, 32)}${padL(v.count, 7)}${padL(kB(v.bytes / v.count), 12)}${padL(v.gzip ? kB(v.gzip / v.count) : '—', 12)}${padL(kB(v.bytes), 12)}`);
  if (r.largestUnit.bytes) console.log(`largest unit page: ${r.largestUnit.path} ${kB(r.largestUnit.bytes)}`);
}

/** The page budgets of `npm run budget` (scripts/budget.mjs) over a build: what is over, if anything. */
function budgets(r) {
  const { over } = summarise(measure({ dist: r.outDir, base: '/' }));
  if (over.length === 0) console.log('budgets (npm run budget): every page within budget');
  else console.log(`budgets (npm run budget): ${over.length} over\n${over.slice(0, 20).map((o) => `- ${o}`).join('\n')}`);
  return over;
}

mkdirSync(BENCH, { recursive: true });
console.log(`# npm run bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPU(s), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

// The real content and its bare twin, alternating, so that a busy moment of the machine falls on both.
const reals = [];
const bareReals = [];
for (let i = 0; i < RUNS; i++) {
  reals.push(build('real', {}));
  bareReals.push(build(`bare-${reals[0].pages}`, { bare: true, root: bareProject(reals[0].pages) }));
}
const real = reals.find((r) => r.seconds === median(reals.map((x) => x.seconds)));
printRun(real);
const realOver = budgets(real);
const bareReal = bareReals.find((r) => r.seconds === median(bareReals.map((x) => x.seconds)));
const rows = [{ label: `real content (${RUNS > 1 ? `median of ${RUNS}` : 'one run'})`, run: real, bare: bareReal }];
if (RUNS > 1) console.log(`\nreal content, ${RUNS} runs: ${reals.map((r) => r.seconds.toFixed(1)).join(', ')} s; bare Astro: ${bareReals.map((r) => r.seconds.toFixed(1)).join(', ')} s`);

const runs = [];
for (const [size, years] of [...SIZES.map((s) => [s, 1]), ...(SIZES.length ? YEARS.map((y) => [SIZES.at(-1), y]) : [])]) {
  const g = generate(size, years);
  console.log(`\ngenerated ${g.units} units, ${years} year(s) and ${g.reports} reports in ${relative(ROOT, g.dir)}/`);
  const run = build(`synthetic-${size}-${years}y`, { env: { PORTAL_CONTENT_DIR: g.content } });
  printRun(run);
  const over = budgets(run);
  if (!args.keep) rmSync(run.outDir, { recursive: true, force: true });
  // The generated content of a big build is larger than the build: gone once built, unless kept.
  if (!args.keep) rmSync(g.dir, { recursive: true, force: true });
  const bare = build(`bare-${run.pages}`, { bare: true, root: bareProject(run.pages) });
  const label = `synthetic ${g.units} units${years > 1 ? ` × ${years} years` : ''}, ${g.reports} reports`;
  rows.push({ label, run, bare });
  runs.push({ size, years, units: g.units, run, over });
}

console.log('\n## Summary (ratio = portal build time / bare Astro build time for the same number of pages)\n');
console.log('| build | pages | files | seconds | ms per page | peak MB | bare Astro seconds | bare peak MB | ratio | /units/ KB | largest unit page KB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { label, run, bare } of rows)
  console.log(
    `| ${label} | ${run.pages} | ${run.files} | ${run.seconds.toFixed(1)} | ${((run.seconds * 1000) / run.pages).toFixed(1)} | ${run.peakMB.toFixed(0)} | ${bare.seconds.toFixed(1)} | ${bare.peakMB.toFixed(0)} | ${(run.seconds / bare.seconds).toFixed(2)} | ${(run.unitsPage / 1024).toFixed(1)} | ${(run.largestUnit.bytes / 1024).toFixed(1)} |`,
  );

const synth = runs.filter((r) => r.years === 1);
if (synth.length >= 2) {
  const [a, b] = [synth[0].run, synth.at(-1).run];
  const [ba, bb] = [rows.find((x) => x.run === a).bare, rows.find((x) => x.run === b).bare];
  const marginal = (x, y) => ((y.seconds - x.seconds) * 1000) / (y.pages - x.pages);
  console.log(
    `\nGrowth from ${a.pages} to ${b.pages} pages (×${(b.pages / a.pages).toFixed(1)}): the portal took ×${(b.seconds / a.seconds).toFixed(1)} the time, ` +
      `${marginal(a, b).toFixed(1)} ms for each added page (bare Astro: ${marginal(ba, bb).toFixed(1)} ms). ` +
      'Linear growth means the time ratio stays at or below the page ratio.',
  );
}

// Each added year, from one year to each multi-year build: seconds, memory, files, and where the time went.
const one = runs.find((r) => r.size === SIZES.at(-1) && r.years === 1);
const verdicts = [];
const verdict = (ok, text) => verdicts.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
if (one) {
  for (const many of runs.filter((r) => r.years > 1)) {
    const added = many.years - 1;
    const perYear = (many.run.seconds - one.run.seconds) / added;
    console.log(
      `\nEach added campaign year at ${one.units} units (1 → ${many.years} years): +${perYear.toFixed(1)} s (${(perYear / one.run.seconds).toFixed(2)}× the first year's ${one.run.seconds.toFixed(1)} s), ` +
        `+${((many.run.peakMB - one.run.peakMB) / added).toFixed(0)} MB peak memory, +${((many.run.files - one.run.files) / added).toFixed(0)} files and +${((many.run.pages - one.run.pages) / added).toFixed(0)} pages.`,
    );
    const a = new Map(breakdown(one.run));
    console.log(`  per added year, by stage: ${breakdown(many.run).map(([k, v]) => `${k} ${((v - (a.get(k) ?? 0)) / added / 1000).toFixed(1)} s`).join('; ')}`);
    verdict(perYear / one.run.seconds <= TARGETS.addedYear, `each added year (1 → ${many.years} years at ${one.units} units) costs ${(perYear / one.run.seconds).toFixed(2)}× the first year (target ≤ ${TARGETS.addedYear}×)`);
  }
}
const ratio = real.seconds / bareReal.seconds;
verdict(ratio <= TARGETS.realRatio, `the real content builds in ${ratio.toFixed(2)}× bare Astro's time (median of ${RUNS}; target ≤ ${TARGETS.realRatio}×)`);
const three = runs.find((r) => r.years === 3);
if (three)
  verdict(
    three.run.seconds <= TARGETS.threeYearsSeconds && three.run.peakMB <= TARGETS.threeYearsMB,
    `${three.units} units × 3 years: ${three.run.seconds.toFixed(1)} s and ${three.run.peakMB.toFixed(0)} MB peak (targets ≤ ${TARGETS.threeYearsSeconds} s, ≤ ${TARGETS.threeYearsMB} MB)`,
  );
const ten = runs.find((r) => r.years === 10);
if (ten) verdict(true, `${ten.units} units × 10 years built: ${ten.run.seconds.toFixed(1)} s, ${ten.run.peakMB.toFixed(0)} MB peak, ${ten.run.files} files, ${ten.run.pages} pages`);
// The unit pages and /units/ are the pages that grow with units and years; any other page over its
// budget at this scale is said apart, as the next thing to look at.
const unitPages = (o) => /\((unit|unit-tree)\)$/.test(o);
const others = [];
for (const r of [{ label: 'real content', over: realOver }, ...runs.map((x) => ({ label: `${x.units} units × ${x.years} year(s)`, over: x.over, run: x.run }))]) {
  const mine = r.over.filter(unitPages);
  verdict(
    mine.length === 0,
    `${r.label}: /units/ and every unit page within budget${r.run ? ` (/units/ ${(r.run.unitsPage / 1024).toFixed(1)} KB ≤ 100 KB, largest unit page ${(r.run.largestUnit.bytes / 1024).toFixed(1)} KB ≤ 60 KB, ${r.run.largestUnit.path})` : ''}${mine.length ? `; ${mine.length} over` : ''}`,
  );
  others.push(...r.over.filter((o) => !unitPages(o)).map((o) => `${r.label}: ${o}`));
}
console.log(`\n## Targets\n\n${verdicts.join('\n')}`);
if (others.length) console.log(`\nOther pages over budget (not the unit pages):\n${others.map((o) => `- ${o}`).join('\n')}`);
if (!args.keep) rmSync(join(BENCH, 'out'), { recursive: true, force: true });
