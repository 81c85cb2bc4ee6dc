import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtAssetsFrom, SITE_ASSETS, siteAssetFile } from '../../src/lib/site-assets';
import { importTypeScript } from '../../scripts/import-typescript.mjs';

describe('the site assets', () => {
  const manifest = Object.fromEntries(Object.entries(SITE_ASSETS).map(([name, source]) => [source, { file: `_astro/${name}.abc123.js` }]));

  it("names each asset's built file from Vite's manifest", () => {
    const built = builtAssetsFrom(manifest);
    expect(built.chart).toBe('_astro/chart.abc123.js');
    expect(Object.keys(built).sort()).toEqual(Object.keys(SITE_ASSETS).sort());
  });

  it('refuses a manifest without one of them: the build stops rather than ship a page without its script', () => {
    const { [SITE_ASSETS.chart]: _, ...rest } = manifest;
    expect(() => builtAssetsFrom(rest)).toThrow(`没有构建出 ${SITE_ASSETS.chart}`);
  });

  it('is the source file under astro dev, before a build has registered any', () => {
    expect(siteAssetFile('styles')).toBe(SITE_ASSETS.styles);
  });
});

describe('importTypeScript (astro.config.mjs loads the integrations with it)', () => {
  it('imports a TypeScript module with its imports from the project and from npm, as Node modules', async () => {
    const mod = await importTypeScript(new URL('../fixtures/import-typescript/entry.ts', import.meta.url));
    expect(mod.answer).toBe(42);
    expect(mod.yamlOf({ a: 1 })).toBe('a: 1\n');
    expect(mod.base()).toBe('/');
    const cache = new URL('../../node_modules/.cache/portal-config/', import.meta.url);
    expect(existsSync(cache)).toBe(true);
    expect(readdirSync(cache).filter((f) => f.startsWith('entry-') && f.endsWith('.mjs')).length).toBeGreaterThan(0);
  });
});
