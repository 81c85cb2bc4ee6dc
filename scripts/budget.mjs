#!/usr/bin/env node
// @ts-check
// Bytes shipped per page type, read from dist/: `npm run budget` prints the table and exits
// non-zero when a budget is exceeded; tests/e2e/budget.test.ts checks the same budgets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budgets per page type. js: gzip bytes of JavaScript a page loads with it (0 = none at all);
 * lazy: gzip bytes it fetches later with import(), after the page itself (chart.js when a chart
 * comes near the screen; the MP4 reader once the page has loaded); htmlCss: gzip bytes of the HTML plus its stylesheets;
 * html: raw bytes of the HTML, for the pages that grow with the content (a phone downloads, parses and
 * lays out every byte, gzip or not): /units/ at 3,000 units, a unit page at ten campaign years. The
 * bench (npm run bench) checks these over its synthetic builds too.
 * @type {Record<string, { js: number, lazy?: number, htmlCss: number, html?: number }>}
 */
export const BUDGETS = {
  home: { js: 0, htmlCss: 30_000 },
  'notice-list': { js: 0, htmlCss: 30_000 },
  notice: { js: 0, htmlCss: 30_000 },
  about: { js: 0, htmlCss: 30_000 },
  'not-found': { js: 0, htmlCss: 30_000 },
  'subproject-list': { js: 0, htmlCss: 30_000 },
  subproject: { js: 0, htmlCss: 30_000 },
  'subproject-precheck': { js: 10_000, lazy: 60_000, htmlCss: 30_000 },
  poster: { js: 0, htmlCss: 40_000 },
  contacts: { js: 0, htmlCss: 30_000 },
  timeline: { js: 0, htmlCss: 30_000 },
  'unit-tree': { js: 5_000, lazy: 60_000, htmlCss: 40_000, html: 100 * 1024 },
  unit: { js: 5_000, lazy: 60_000, htmlCss: 40_000, html: 60 * 1024 },
  data: { js: 0, htmlCss: 40_000 },
  search: { js: 150_000, htmlCss: 30_000 },
  report: { js: 90_000, htmlCss: 30_000 },
  other: { js: 0, htmlCss: 30_000 },
};

/** @param {string} path site path of a page, e.g. /notices/zgf-2019-17/ */
export function pageType(path, html = '') {
  const all = path.split('/').filter(Boolean);
  if (path === '/404.html') return 'not-found';
  // A campaign year's pages (/2019/, /2019/subprojects/…) are the same types as the current campaign's.
  const seg = /^\d{4}$/.test(all[0] ?? '') ? all.slice(1) : all;
  if (seg.length === 0) return 'home';
  const [first] = seg;
  if (first === 'notices') return seg.length === 1 ? 'notice-list' : 'notice';
  if (first === 'subprojects') {
    if (seg.length === 1) return 'subproject-list';
    if (seg[2] === 'poster') return 'poster';
    return /<script\b[^>]*\bsrc=/.test(html) ? 'subproject-precheck' : 'subproject';
  }
  if (first === 'units') return seg.length === 1 ? 'unit-tree' : 'unit';
  if (['about', 'contacts', 'timeline', 'data', 'search', 'report'].includes(first ?? '')) return /** @type {string} */ (first);
  return 'other';
}

/** @param {string} dir */
function walk(dir) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** Bytes of every file under a directory. @param {string} dir */
export function dirSize(dir) {
  return walk(dir).reduce((s, f) => s + statSync(f).size, 0);
}

/** @param {Buffer | string} b */
const gz = (b) => gzipSync(b, { level: 9 }).length;

/**
 * Resolves an asset reference of a page to a file in dist/.
 * @param {string} dist @param {string} base @param {string} pageFile @param {string} ref
 */
function assetFile(dist, base, pageFile, ref) {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return undefined;
  const clean = ref.split(/[?#]/)[0] ?? '';
  if (clean.startsWith('/')) {
    const inSite = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
    return join(dist, inSite);
  }
  return join(dirname(pageFile), clean);
}

/** @param {string} file @param {RegExp} pattern relative module references in a built module */
function refs(file, pattern) {
  return [...readFileSync(file, 'utf8').matchAll(pattern)]
    .map((m) => m[1] ?? '')
    .filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
    .map((spec) => join(dirname(file), spec));
}
const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

/**
 * JavaScript a module pulls in: itself and its static imports, followed through.
 * @param {string} file @param {Set<string>} seen
 */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const f of refs(file, STATIC_IMPORT)) jsClosure(f, seen);
  return seen;
}

/**
 * JavaScript the loaded modules may fetch later with import(): those chunks and their own static
 * imports, less what the page already has. @param {Set<string>} loaded
 */
function lazyClosure(loaded) {
  /** @type {Set<string>} */
  const lazy = new Set();
  const queue = [...loaded];
  for (let f = queue.shift(); f; f = queue.shift())
    for (const chunk of refs(f, DYNAMIC_IMPORT))
      for (const g of jsClosure(chunk, new Set()))
        if (!loaded.has(g) && !lazy.has(g)) {
          lazy.add(g);
          queue.push(g);
        }
  return lazy;
}

/**
 * Measures every HTML page in dist/.
 * @param {{ dist?: string, base?: string }} [opts]
 */
export function measure(opts = {}) {
  const dist = opts.dist ?? join(ROOT, 'dist');
  const base = opts.base ?? '/';
  const pages = walk(dist).filter((f) => f.endsWith('.html'));
  return pages.map((file) => {
    const rel = relative(dist, file).split(sep).join('/');
    const path = '/' + rel.replace(/index\.html$/, '');
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const css = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
      .map((m) => assetFile(dist, base, file, m[1] ?? ''))
      .filter((f) => f !== undefined && existsSync(f));
    /** @type {Set<string>} */
    const js = new Set();
    for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      const f = assetFile(dist, base, file, m[1] ?? '');
      if (f) jsClosure(f, js);
    }
    const imgs = [...text.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].length;
    const cssBytes = css.reduce((s, f) => s + statSync(/** @type {string} */ (f)).size, 0);
    const cssGzip = css.reduce((s, f) => s + gz(readFileSync(/** @type {string} */ (f))), 0);
    const jsFiles = [...js];
    const lazyFiles = [...lazyClosure(js)];
    const inlineScripts = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/type="application\/(ld\+)?json"/.test(m[0]),
    ).length;
    return {
      path,
      type: pageType(path, text),
      html: html.length,
      htmlGzip: gz(html),
      css: cssBytes,
      cssGzip,
      js: jsFiles.reduce((s, f) => s + statSync(f).size, 0),
      jsGzip: jsFiles.reduce((s, f) => s + gz(readFileSync(f)), 0),
      lazyGzip: lazyFiles.reduce((s, f) => s + gz(readFileSync(f)), 0),
      inlineScripts,
      requests: 1 + css.length + jsFiles.length + imgs,
    };
  });
}

/** Font files or @font-face rules anywhere in dist/: there must be none. @param {string} [dist] */
export function webFonts(dist = join(ROOT, 'dist')) {
  // A @font-face that only names fonts already on the reader's machine (src: local(...), as the
  // printed notice does for 小标宋) downloads nothing; one with url(...) is a web font.
  /** @param {string} css */
  const downloads = (css) => [...css.matchAll(/@font-face\s*\{[^}]*\}/gi)].some((m) => /url\(/i.test(m[0]));
  return walk(dist).filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f) || (f.endsWith('.css') && downloads(readFileSync(f, 'utf8'))));
}

/** The worst page of each type, and what exceeds its budget. @param {ReturnType<typeof measure>} rows */
export function summarise(rows) {
  /** @type {Map<string, (typeof rows)[number]>} */
  const worst = new Map();
  for (const r of rows) {
    const w = worst.get(r.type);
    if (!w || r.htmlGzip + r.cssGzip + r.jsGzip > w.htmlGzip + w.cssGzip + w.jsGzip) worst.set(r.type, r);
  }
  const over = rows.flatMap((r) => {
    const b = BUDGETS[r.type] ?? BUDGETS.other;
    /** @type {string[]} */
    const out = [];
    if (!b) return out;
    if (r.jsGzip > b.js) out.push(`${r.path}: JavaScript ${r.jsGzip} B gzip > ${b.js} B (${r.type})`);
    if (b.js === 0 && r.js > 0) out.push(`${r.path}: ships JavaScript but ${r.type} pages must ship none`);
    if (r.lazyGzip > (b.lazy ?? 0)) out.push(`${r.path}: JavaScript fetched after load ${r.lazyGzip} B gzip > ${b.lazy ?? 0} B (${r.type})`);
    if (r.inlineScripts > 0) out.push(`${r.path}: ${r.inlineScripts} inline script(s)`);
    if (r.htmlGzip + r.cssGzip > b.htmlCss) out.push(`${r.path}: HTML+CSS ${r.htmlGzip + r.cssGzip} B gzip > ${b.htmlCss} B (${r.type})`);
    if (b.html !== undefined && r.html > b.html) out.push(`${r.path}: HTML ${r.html} B raw > ${b.html} B (${r.type})`);
    return out;
  });
  return { worst: [...worst.values()].sort((a, b) => a.type.localeCompare(b.type)), over };
}

/** @param {ReturnType<typeof summarise>['worst']} worst */
export function formatTable(worst) {
  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
  const lines = [
    '| page type | example (largest) | HTML KB | HTML budget KB | CSS KB | JS KB | requests | gzip KB (HTML+CSS+JS) | JS after load, gzip KB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of worst) {
    const limit = BUDGETS[r.type]?.html;
    lines.push(
      `| ${r.type} | ${r.path} | ${kb(r.html)} | ${limit ? kb(limit) : '—'} | ${kb(r.css)} | ${kb(r.js)} | ${r.requests} | ${kb(r.htmlGzip + r.cssGzip + r.jsGzip)} | ${r.lazyGzip ? kb(r.lazyGzip) : '—'} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = join(ROOT, process.env.PORTAL_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('没有找到 dist/index.html：先运行 npm run build');
    process.exit(1);
  }
  const rows = measure({ dist, base: process.env.PORTAL_BASE ?? '/' });
  const { worst, over } = summarise(rows);
  console.log(`${rows.length} pages\n`);
  console.log(formatTable(worst));
  // The search index is fetched on demand, never with a page: its size, and what a first query
  // fetched against plain Pagefind as measured in Chromium by tests/e2e/search.test.ts.
  const pf = join(dist, 'pagefind');
  if (existsSync(pf)) {
    const size = dirSize(pf);
    console.log(`\nSearch index (dist/pagefind/, all files): ${(size / 1024).toFixed(1)} KB`);
    const measured = join(ROOT, 'reports', 'search-size.md');
    if (existsSync(measured)) console.log(`\n${readFileSync(measured, 'utf8').trim()}\n(from the last run of tests/e2e/search.test.ts)`);
  }
  const fonts = webFonts(dist);
  if (fonts.length) over.push(...fonts.map((f) => `web font: ${relative(dist, f)}`));
  if (over.length) {
    console.error(`\nOver budget:\n${over.map((o) => `- ${o}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll pages within budget; no web fonts.');
}
