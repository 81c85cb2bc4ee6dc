import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backend } from '../lib/cms/config';
import { cmsSettings, SITE_STYLES_PLACEHOLDER } from '../lib/cms/settings';
import { paths } from '../lib/addresses';

/**
 * Copies Decap CMS's own files (the pinned npm package's dist/: the bundle, the chunks it loads
 * when they are needed, their WebAssembly) under admin/decap/, so /admin/ loads nothing from a
 * CDN. Only a build whose /admin/ can edit gets them (a repository or `npm run admin` is set):
 * other builds carry no byte of the editor. It also gives /admin/ the address of the site's
 * stylesheet, as the home page links it, for the previews.
 */
export default function decapFiles(): AstroIntegration {
  return {
    name: 'portal-decap-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (!backend(cmsSettings([]))) return;
        const require = createRequire(import.meta.url);
        const from = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
        const to = join(fileURLToPath(dir), dirname(paths.adminBundle()));
        mkdirSync(to, { recursive: true });
        for (const name of readdirSync(from)) {
          if (/(^|\.)decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt') copyFileSync(join(from, name), join(to, name));
        }
        const root = fileURLToPath(dir);
        const styles = /<link rel="stylesheet" href="([^"]+)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1] ?? '';
        const admin = join(root, paths.admin(), 'index.html');
        writeFileSync(admin, readFileSync(admin, 'utf8').replace(SITE_STYLES_PLACEHOLDER, styles));
      },
    },
  };
}
