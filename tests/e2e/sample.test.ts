import { describe, expect, it } from 'vitest';
import { DIST, pagePaths, PROJECT, readPage } from './site';
import { join } from 'node:path';

/**
 * Invented data is never shown as real: every page of a build that reads anything from tests/ says
 * 示例数据 in its banner, and no page of the real build (dist/, content/ alone) does.
 */
const real = DIST === join(PROJECT, 'dist');

describe(real ? 'the real build shows no sample banner' : 'a sample build says 示例数据 on every page', () => {
  it(real ? 'no page carries the 示例数据 banner' : 'every page carries the 示例数据 banner', () => {
    const pages = pagePaths();
    expect(pages.length).toBeGreaterThan(10);
    const banner = /<div class="sample-banner[^"]*">[\s\S]*?示例数据/;
    for (const p of pages) {
      if (real) expect(readPage(p), p).not.toMatch(banner);
      else expect(readPage(p), p).toMatch(banner);
    }
  });
});
