#!/usr/bin/env node
/**
 * npm run bench [-- --units=300,3000 --years=3 --reports-per-3000=20000 --keep]
 *
 * Builds the portal from generated content of several sizes (a synthetic unit tree under the
 * real one, with progress reports), the real content, and a bare Astro project with the same
 * number of trivial pages, and prints build seconds, peak memory, pages and bytes per page
 * type. Then the largest size again with several campaign years (each a copy of the real year,
 * renamed, with its own reports) and the cost of each added year. Absolute times depend on the
 * machine; compare the ratio to bare Astro, and how the time grows (it should grow linearly).
 *
 * Everything it writes is under .bench/ (git-ignored), never under content/. Not run in CI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const SIZES = (args.units ?? '300,3000').split(',').map(Number);
const REPORTS_PER_3000 = Number(args['reports-per-3000'] ?? 20000);
const YEARS = Number(args.years ?? 3);
/** The real campaign year the synthetic years are copied from. */
const FIRST = readdirSync(join(ROOT, 'content/campaigns')).sort()[0];

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
 * year changed (ids, 文号, dates), as staff make next year's folder, without its source text or reports.
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
 * synthetic units, the rest counties), `years` campaign years, and reports in proportion in each
 * (20,000 for 3,000 units). Only synthetic units report; cities on odd days, counties on even days,
 * so no lower unit ever reports on the same day as the unit above it (the content rule compares those).
 */
function generate(total, years = 1) {
  const dir = join(BENCH, `synthetic-${total}${years > 1 ? `-${years}y` : ''}`);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (src) => !src.includes(`${sep}progress`) });
  const yearList = Array.from({ length: years }, (_, i) => String(Number(FIRST) + i));
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

/** Runs `astro build`, timing it and taking the peak resident memory of the build process. */
function build(name, { root = ROOT, env = {} } = {}) {
  const outDir = join(BENCH, 'out', name);
  rmSync(outDir, { recursive: true, force: true });
  const rssFile = join(BENCH, `${name}.rss`);
  rmSync(rssFile, { force: true });
  const node = [process.execPath];
  // Without GNU time, the build process records its own peak memory on exit.
  if (!hasGnuTime) node.push('--import', `data:text/javascript,${encodeURIComponent(`import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`)}`);
  const cmd = hasGnuTime ? ['/usr/bin/time', '-v', ...node] : node;
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ASTRO, 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(String(r.stdout).slice(-4000), String(r.stderr).slice(-4000));
    throw new Error(`${name}: build failed`);
  }
  const kb = hasGnuTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) : Number(readFileSync(rssFile, 'utf8'));
  return { name, seconds, peakMB: kb / 1024, outDir, ...sizes(outDir) };
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
  if (rel.endsWith('.html')) return /^\d+\/index\.html$/.test(rel) ? 'trivial page' : 'other page';
  return 'other file';
}

function sizes(outDir) {
  const types = new Map();
  let pages = 0;
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const rel = relative(outDir, full).split(sep).join('/');
      const buf = readFileSync(full);
      const t = types.get(kind(rel)) ?? { count: 0, bytes: 0, gzip: 0 };
      t.count++;
      t.bytes += buf.length;
      t.gzip += gzipSync(buf).length;
      types.set(kind(rel), t);
      files++;
      bytes += buf.length;
      if (rel.endsWith('.html')) pages++;
    }
  };
  walk(outDir);
  return { pages, files, bytes, types };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

function printRun(r) {
  console.log(`\n## ${r.name}: ${r.seconds.toFixed(1)} s, peak ${r.peakMB.toFixed(0)} MB, ${r.pages} pages, ${r.files} files, ${(r.bytes / 1048576).toFixed(1)} MB`);
  console.log(`${pad('type', 32)}${padL('files', 7)}${padL('avg', 12)}${padL('avg gzip', 12)}${padL('total', 12)}`);
  for (const [t, v] of [...r.types].sort((a, b) => b[1].bytes - a[1].bytes))
    console.log(`${pad(t, 32)}${padL(v.count, 7)}${padL(kB(v.bytes / v.count), 12)}${padL(kB(v.gzip / v.count), 12)}${padL(kB(v.bytes), 12)}`);
}

mkdirSync(BENCH, { recursive: true });
console.log(`# npm run bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} CPU(s)`);

const rows = [];
const real = build('real', {});
printRun(real);
const bareReal = build(`bare-${real.pages}`, { root: bareProject(real.pages) });
rows.push({ label: 'real content (59 units, 0 reports)', run: real, bare: bareReal });

const runs = [];
for (const [size, years] of [...SIZES.map((s) => [s, 1]), ...(YEARS > 1 ? [[SIZES.at(-1), YEARS]] : [])]) {
  const g = generate(size, years);
  console.log(`\ngenerated ${g.units} units, ${years} year(s) and ${g.reports} reports in ${relative(ROOT, g.dir)}/`);
  const run = build(`synthetic-${size}-${years}y`, { env: { PORTAL_CONTENT_DIR: g.content } });
  printRun(run);
  const bare = build(`bare-${run.pages}`, { root: bareProject(run.pages) });
  const label = `synthetic ${g.units} units${years > 1 ? ` × ${years} years` : ''}, ${g.reports} reports`;
  rows.push({ label, run, bare });
  runs.push({ size, years, run });
}

console.log('\n## Summary (ratio = portal build time / bare Astro build time for the same number of pages)\n');
console.log('| build | pages | files | seconds | ms per page | peak MB | bare Astro seconds | bare peak MB | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { label, run, bare } of rows)
  console.log(
    `| ${label} | ${run.pages} | ${run.files} | ${run.seconds.toFixed(1)} | ${((run.seconds * 1000) / run.pages).toFixed(1)} | ${run.peakMB.toFixed(0)} | ${bare.seconds.toFixed(1)} | ${bare.peakMB.toFixed(0)} | ${(run.seconds / bare.seconds).toFixed(2)} |`,
  );
const synth = rows.filter((r) => r.label.startsWith('synthetic') && !r.label.includes(' years'));
if (synth.length >= 2) {
  const [a, b] = [synth[0], synth.at(-1)];
  const marginal = (x, y) => ((y.seconds - x.seconds) * 1000) / (y.pages - x.pages);
  console.log(
    `\nGrowth from ${a.run.pages} to ${b.run.pages} pages (×${(b.run.pages / a.run.pages).toFixed(1)}): the portal took ×${(b.run.seconds / a.run.seconds).toFixed(1)} the time, ` +
      `${marginal(a.run, b.run).toFixed(1)} ms for each added page (bare Astro: ${marginal(a.bare, b.bare).toFixed(1)} ms). ` +
      'Linear growth means the time ratio stays at or below the page ratio.',
  );
}
const one = runs.find((r) => r.size === SIZES.at(-1) && r.years === 1);
const many = runs.find((r) => r.years > 1);
if (one && many) {
  const added = many.years - 1;
  console.log(
    `\nEach added campaign year at ${one.size} units: +${((many.run.seconds - one.run.seconds) / added).toFixed(1)} s and ` +
      `+${((many.run.peakMB - one.run.peakMB) / added).toFixed(0)} MB peak memory (first year: ${one.run.seconds.toFixed(1)} s, ` +
      `${one.run.peakMB.toFixed(0)} MB; ${many.years} years: ${many.run.seconds.toFixed(1)} s, ${many.run.peakMB.toFixed(0)} MB; ` +
      `${((many.run.pages - one.run.pages) / added).toFixed(0)} pages and ${((many.run.files - one.run.files) / added).toFixed(0)} files per year).`,
  );
}
if (!args.keep) rmSync(join(BENCH, 'out'), { recursive: true, force: true });

