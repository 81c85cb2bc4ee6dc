// @ts-check
/**
 * The site's stylesheet and scripts (src/lib/site-assets.ts), built by Vite in a process of its own
 * while Astro bundles the pages in another: on two cores the one waits for the other no more, and
 * the build saves the time of Astro's own browser build (`npm run bench`). Started by
 * src/integrations/site-assets.ts, which passes, as JSON in the first argument:
 *   { root, base, outDir, entries: { <name>: <source path> } }
 * Writes outDir/_astro/… and Vite's manifest (outDir/.vite/manifest.json), then exits.
 */
import { basename, extname, join } from 'node:path';
import autoprefixer from 'autoprefixer';
import tailwindcss from 'tailwindcss';
import { build } from 'vite';
import { importTypeScript } from './import-typescript.mjs';

const { root, base, outDir, entries } = JSON.parse(process.argv[2] ?? '{}');

await build({
  configFile: false,
  root,
  base,
  logLevel: 'warn',
  // Public files are Astro's to copy.
  publicDir: false,
  // The same PostCSS as @astrojs/tailwind gives Vite: Tailwind (tailwind.config.mjs) and prefixes.
  css: { postcss: { plugins: [tailwindcss(join(root, 'tailwind.config.mjs')), autoprefixer()] } },
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    // As Astro builds a site's browser files: for current browsers, nothing inlined (the CSP allows
    // only the site's own files), minified.
    target: 'esnext',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // Scripts are modules loaded by <script type="module">: no polyfill for preloads.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: Object.fromEntries(Object.values(entries).map((source) => [basename(source, extname(source)), join(root, source)])),
      // Drop code whose only reason to stay is a property read: chart.js's TimeSeriesScale has
      // `static defaults = TimeScale.defaults`, which otherwise keeps both time scales (unused: 9 KB).
      treeshake: { propertyReadSideEffects: false },
      output: {
        entryFileNames: '_astro/[name].[hash].js',
        chunkFileNames: '_astro/[name].[hash].js',
        assetFileNames: '_astro/[name].[hash][extname]',
      },
    },
  },
});

// For `npm run bench`: this process's time, beside the pages' bundle.
if (process.env.PORTAL_TIMINGS) {
  const { recordTiming } = await importTypeScript(new URL('../src/lib/timings.ts', import.meta.url));
  recordTiming('site assets (own process)', performance.now());
}
