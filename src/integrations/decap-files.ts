import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { backend } from '../lib/cms/config';
import { cmsSettings } from '../lib/cms/settings';
import { baseWithSlash, paths } from '../lib/addresses';

/**
 * /admin/'s own script (src/client/admin.ts: the repository's file formats, previews, file names),
 * bundled here rather than by Astro: only a build whose /admin/ edits needs it, and every other
 * build (each pull request's) then bundles none of it.
 */
async function adminScript(root: URL, base: string, write: boolean, outfile?: string): Promise<string> {
  const r = await build({
    entryPoints: [fileURLToPath(new URL('src/client/admin.ts', root))],
    bundle: true,
    format: 'esm',
    minify: true,
    // As Astro builds the site's other scripts.
    target: 'esnext',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    legalComments: 'none',
    logLevel: 'silent',
    write,
    ...(outfile ? { outfile } : {}),
  });
  return r.outputFiles?.[0]?.text ?? '';
}

/**
 * Copies Decap CMS's own files (the pinned npm package's dist/: the bundle, the chunks it loads
 * when they are needed, their WebAssembly) under admin/decap/, so /admin/ loads nothing from a
 * CDN, and bundles /admin/'s own script. Only a build whose /admin/ can edit gets them (a
 * repository or `npm run admin` is set): other builds carry no byte of the editor.
 */
export default function decapFiles(): AstroIntegration {
  let base = '/';
  // The project's folder, not this module's: astro.config.mjs imports a bundle of it (scripts/import-typescript.mjs).
  let root = new URL('file:///');
  return {
    name: 'portal-decap-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseWithSlash(config.base);
        root = config.root;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if ((req.url ?? '').split('?')[0] !== `${base}${paths.adminScript()}`) return next();
          adminScript(root, base, false).then(
            (js) => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(js);
            },
            (e: unknown) => next(e),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!backend(cmsSettings([]))) return;
        const require = createRequire(new URL('package.json', root));
        const from = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
        const to = join(fileURLToPath(dir), dirname(paths.adminBundle()));
        mkdirSync(to, { recursive: true });
        for (const name of readdirSync(from)) {
          if (/(^|\.)decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt') copyFileSync(join(from, name), join(to, name));
        }
        await adminScript(root, base, true, join(fileURLToPath(dir), paths.adminScript()));
      },
    },
  };
}
