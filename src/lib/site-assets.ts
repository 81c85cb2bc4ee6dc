/**
 * The browser's files of the site: its stylesheet and its scripts (src/client/). Vite builds them
 * in a process of its own while Astro bundles the pages (src/integrations/site-assets.ts,
 * scripts/build-assets.mjs), and the pages name each through `paths.siteAsset()`. Under `astro dev`
 * they are the source files, which Vite's dev server compiles on request.
 */
export const SITE_ASSETS = {
  styles: 'src/styles/global.css',
  copy: 'src/client/copy.ts',
  precheck: 'src/client/precheck.ts',
  chart: 'src/client/chart-loader.ts',
  report: 'src/client/report.ts',
  search: 'src/client/search.ts',
} as const;

export type SiteAsset = keyof typeof SITE_ASSETS;
export type SiteScript = Exclude<SiteAsset, 'styles'>;
/** Each asset's built file, inside the site: `_astro/chart-loader.Bx1c9f.js`. */
export type BuiltAssets = Record<SiteAsset, string>;

// On globalThis under a registered symbol: the integration and the pages are two bundles of this module.
const BUILT = Symbol.for('portal.siteAssets');
const store = globalThis as unknown as { [BUILT]?: BuiltAssets };

/** What this build's asset build wrote (the integration, before the pages are rendered). */
export function registerBuiltAssets(built: BuiltAssets): void {
  store[BUILT] = built;
}

/** An asset's file inside the site: the built one, or under `astro dev` its source. */
export function siteAssetFile(name: SiteAsset): string {
  return store[BUILT]?.[name] ?? SITE_ASSETS[name];
}

/**
 * The built files named by Vite's manifest (`.vite/manifest.json`: source path → `{ file }`), each
 * asset's; an asset missing from it is an error of the asset build, not a page without its script.
 */
export function builtAssetsFrom(manifest: Record<string, { file: string }>): BuiltAssets {
  const built = {} as BuiltAssets;
  for (const [name, source] of Object.entries(SITE_ASSETS) as [SiteAsset, string][]) {
    const file = manifest[source]?.file;
    if (!file) throw new Error(`网站的脚本和样式没有构建出 ${source}`);
    built[name] = file;
  }
  return built;
}
