// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { importTypeScript } from './scripts/import-typescript.mjs';

/** @type {typeof import('./src/integrations/index.ts')} */
const { buildTimings, contentGate, siteAssets, staticHeaders, downloads, searchIndex, decapFiles, remarkOfficialText, remarkCorrections, rehypeNoticeAnchors } =
  await importTypeScript(new URL('./src/integrations/index.ts', import.meta.url));

/**
 * Rollup does not shake the server's bundle, which only renders the pages during the build and is
 * then deleted: a smaller file there saves nothing, and the analysis is a tenth of the real site's
 * build. (The browser's files are built by scripts/build-assets.mjs.)
 * @returns {import('astro').AstroIntegration}
 */
function serverTreeshake() {
  return {
    name: 'portal-server-treeshake',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'server') return;
        vite.build ??= {};
        vite.build.rollupOptions ??= {};
        vite.build.rollupOptions.treeshake = false;
      },
    },
  };
}

// SITE and BASE let the same build serve at a domain root or under a path (e.g. GitHub Pages).
const site = process.env.PORTAL_SITE ?? 'https://wangju.example.org';
const base = process.env.PORTAL_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // A few pages rendered at once: while one is written to disk, the next is rendered (3,000 unit
  // pages spend a tenth of their time waiting on the disk otherwise).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  image: { service: passthroughImageService() },
  markdown: {
    remarkPlugins: [remarkOfficialText, remarkCorrections],
    rehypePlugins: [rehypeNoticeAnchors],
    smartypants: false,
    // Notices and calls have no code to colour: the highlighter is never loaded.
    syntaxHighlight: false,
  },
  integrations: [
    buildTimings(),
    // First: the site's stylesheet and scripts build in a process of their own from the start,
    // while the content gate and Astro go on (it is killed if the gate stops the build).
    siteAssets(),
    contentGate(),
    mdx(),
    serverTreeshake(),
    // The sitemap lists each page once, at its own address: the un-prefixed pages that repeat the
    // current campaign's year pages (/subprojects/…, /timeline/, /contacts/) name those as canonical.
    sitemap({
      filter: (page) => {
        const path = `/${new URL(page).pathname.slice(base.length).replace(/^\/+/, '')}`;
        return !path.startsWith('/404') && !path.startsWith('/admin/') && !/^\/(subprojects|timeline|contacts)\//.test(path);
      },
    }),
    staticHeaders(),
    downloads(),
    searchIndex(),
    decapFiles(),
  ],
  // Never inline scripts or assets into pages: the CSP allows only the site's own files. `astro dev`
  // watches none of what the builds write beside the project (the bench's 100,000 files would
  // exhaust the system's file watchers).
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/dist-test/**', '**/.dist-*/**'] } } },
  devToolbar: { enabled: false },
  // Builds that run side by side (the test sites, scripts/test-sites.mjs) keep their content store apart.
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
});
