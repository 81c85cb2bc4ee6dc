import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseWithSlash } from '../lib/addresses';
import { builtAssetsFrom, registerBuiltAssets, SITE_ASSETS, type BuiltAssets } from '../lib/site-assets';
import { timedAsync } from '../lib/timings';

/** Runs scripts/build-assets.mjs in a process of its own; resolves with what it built. */
function buildAssets(root: URL, base: string, outDir: string): Promise<BuiltAssets> {
  const script = fileURLToPath(new URL('scripts/build-assets.mjs', root));
  const args = JSON.stringify({ root: fileURLToPath(root), base, outDir, entries: SITE_ASSETS });
  // Without V8's optimising compiler and helper threads: the process runs for two seconds, too
  // short for optimised code to repay its compiling, and each thread it saves is CPU that Astro's
  // bundle, on the other core, no longer shares (the real content's build: 0.3–0.5 s sooner).
  const child = spawn(process.execPath, ['--no-opt', '--single-threaded', script, args], { cwd: fileURLToPath(root), stdio: ['ignore', 'inherit', 'pipe'] });
  // A build that stops (a broken page) stops this one with it.
  const stop = () => child.kill();
  process.once('exit', stop);
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stop);
      if (code !== 0) return reject(new Error(`网站的脚本和样式构建失败：\n${errors}`));
      if (errors.trim()) process.stderr.write(errors);
      try {
        resolve(builtAssetsFrom(JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'))));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/**
 * The site's stylesheet and scripts (src/lib/site-assets.ts), built beside Astro's bundle of the
 * pages and awaited before the pages are rendered, which name their files. Under `astro dev`,
 * Vite's dev server serves the sources, with the same PostCSS.
 */
export default function siteAssets(): AstroIntegration {
  let building: Promise<BuiltAssets> | undefined;
  let outDir = '';
  const removeOutDir = () => rmSync(outDir, { recursive: true, force: true });
  return {
    name: 'portal-site-assets',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command === 'dev') {
          // Only under `astro dev`, whose Vite serves the stylesheet: the build's Tailwind runs in
          // scripts/build-assets.mjs, and importing it here would cost every build its start.
          const { default: tailwind } = await import('@astrojs/tailwind');
          updateConfig({ integrations: [tailwind({ applyBaseStyles: false })] });
          return;
        }
        if (command !== 'build') return;
        outDir = mkdtempSync(join(tmpdir(), 'portal-assets-'));
        // A build that stops leaves no folder behind.
        process.once('exit', removeOutDir);
        const base = baseWithSlash(config.base);
        building = buildAssets(config.root, base, outDir);
        // Awaited before the pages; until then a failure is not unhandled.
        building.catch(() => undefined);
      },
      // After Astro's bundles, before the pages: the time waited here is the time the assets took longer.
      'astro:build:ssr': async () => {
        if (building) registerBuiltAssets(await timedAsync('site assets (waited)', () => building!));
      },
      'astro:build:done': ({ dir }) => {
        if (!outDir) return;
        cpSync(join(outDir, '_astro'), join(fileURLToPath(dir), '_astro'), { recursive: true });
        removeOutDir();
        process.off('exit', removeOutDir);
      },
    },
  };
}
