import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { siteDir } from '../../scripts/test-sites.mjs';
import { axeViolations } from './axe';
import { it, siteUrl, WIDTHS } from './browser';
import { DIST, pagePaths, PROJECT, readPage } from './site';

/**
 * axe-core on every page at a phone's and a desktop's width (one load, then the window resized).
 * Over the real build (dist/), a page whose HTML is the test site's, but for the 示例数据 notes, is
 * the same page with the same styles: it was checked there, and is not checked twice.
 */
const withoutSampleNotes = (html: string) =>
  html.replace(/<div class="sample-banner[\s\S]*?<\/div>/, '').replace(/<span data-pagefind-ignore>（示例数据）<\/span>/g, '');

const twin = DIST === join(PROJECT, 'dist') ? siteDir('site') : undefined;
function checkedOnTwin(p: string): boolean {
  if (!twin) return false;
  const file = join(twin, p.endsWith('/') ? `${p}index.html` : p);
  return existsSync(file) && withoutSampleNotes(readFileSync(file, 'utf8')) === withoutSampleNotes(readPage(p));
}

describe('axe-core: no violations on any page', () => {
  it(`every page at ${Object.entries(WIDTHS).map(([n, s]) => `${n} width (${s.width}px)`).join(' and ')}`, async ({ openPage }) => {
    const failures: string[] = [];
    const pages = pagePaths().filter((p) => !checkedOnTwin(p));
    if (twin) console.log(`${pagePaths().length - pages.length} 个页面与测试站点的相同（除示例数据的说明外），已在那里检查`);
    // Two pages at a time: axe is one page's script on one core, and the machine has two.
    const queue = [...pages];
    const worker = async () => {
      const { page } = await openPage(WIDTHS.phone);
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        await page.setViewportSize(WIDTHS.phone);
        await page.goto(siteUrl(p === '/404.html' ? '404.html' : p));
        for (const [name, size] of Object.entries(WIDTHS)) {
          await page.setViewportSize(size);
          failures.push(...(await axeViolations(page)).map((s) => `${p} (${name}): ${s}`));
        }
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures.sort()).toEqual([]);
  }, 600_000);
});
