// @ts-check
/**
 * Imports a TypeScript module of the project with what it imports from the project, bundled by
 * esbuild into one ES module under node_modules/.cache/ (npm packages stay imports, so every module
 * is Node's own). astro.config.mjs loads the site's integrations this way: Node 20 cannot import
 * TypeScript, and a config that imports it directly is loaded by Astro through a Vite dev server
 * instead, which costs half a second of every build (`npm run bench`, docs/bench.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CACHE = fileURLToPath(new URL('../node_modules/.cache/portal-config/', import.meta.url));
const STALE_MS = 60 * 60 * 1000;

/**
 * @param {URL} entry the module, e.g. `new URL('./src/integrations/index.ts', import.meta.url)`
 * @returns {Promise<any>} its exports
 */
export async function importTypeScript(entry) {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // What the Vite dev server gave these modules: the site's base is the integrations' to pass.
    define: { 'import.meta.env.BASE_URL': '"/"' },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const name = basename(fileURLToPath(entry)).replace(/\.ts$/, '');
  const file = join(CACHE, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    // Builds may start side by side (the test sites): each writes whole and renames.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    // Earlier versions, once no build can still be about to import them (worktrees may share node_modules).
    for (const old of readdirSync(CACHE)) {
      const path = join(CACHE, old);
      if (old.startsWith(`${name}-`) && old.endsWith('.mjs') && path !== file && Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_MS) rmSync(path, { force: true });
    }
  }
  return import(pathToFileURL(file).href);
}
