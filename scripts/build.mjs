// @ts-check
/**
 * `npm run build`: `astro build` into a new folder beside dist/, which takes dist/'s place only when
 * the build succeeded. A failed or interrupted build leaves the previous dist/ (or none) exactly as
 * it was, so nothing half-built is ever published. Arguments are passed to `astro build`;
 * `--outDir <dir>` names the folder to replace (default dist). PORTAL_* variables pass through.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/astro.js', import.meta.url));

/** `--outDir x` or `--outDir=x` taken out of the arguments; the rest go to astro. */
function splitOutDir(/** @type {string[]} */ args) {
  const rest = [];
  let outDir = 'dist';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--outDir' && i + 1 < args.length) outDir = args[++i] ?? outDir;
    else if (a.startsWith('--outDir=')) outDir = a.slice('--outDir='.length);
    else rest.push(a);
  }
  return { outDir, rest };
}

function main() {
  const { outDir, rest } = splitOutDir(process.argv.slice(2));
  const target = resolve(outDir);
  const parent = dirname(target);
  const prefix = `.${basename(target)}-`;
  mkdirSync(parent, { recursive: true });
  // What an interrupted build left behind.
  for (const name of readdirSync(parent))
    if (name.startsWith(`${prefix}building-`) || name.startsWith(`${prefix}previous-`)) rmSync(join(parent, name), { recursive: true, force: true });

  const building = mkdtempSync(join(parent, `${prefix}building-`));
  // --expose-gc: the build collects its garbage between stages (src/integrations/timings.ts), so
  // that its peak memory is one stage's, not every stage's added up. --liftoff-only: Astro's
  // compiler is WebAssembly that runs once per component, over before V8's optimising tier pays
  // for itself (the real content's 90 components compile in 0.2 s instead of 0.55 s).
  const r = spawnSync(process.execPath, ['--expose-gc', '--liftoff-only', ASTRO, 'build', ...rest, '--outDir', building], { stdio: 'inherit' });
  if (r.status !== 0) {
    rmSync(building, { recursive: true, force: true });
    if (existsSync(target)) console.error(`\n构建失败：${outDir}/ 保持上一次成功构建的内容，没有改动。`);
    process.exit(r.status ?? 1);
  }
  // Two renames in the same folder: dist/ is never a mix of two builds.
  const previous = existsSync(target) ? join(parent, `${prefix}previous-${process.pid}`) : undefined;
  if (previous) renameSync(target, previous);
  renameSync(building, target);
  if (previous) rmSync(previous, { recursive: true, force: true });
}

main();
