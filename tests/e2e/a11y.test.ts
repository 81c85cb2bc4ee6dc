import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { AXE_TAGS, axeViolations } from './axe';
import { it, siteUrl, WIDTHS } from './browser';
import { siteDir } from '../../scripts/test-sites.mjs';
import { BASE, DIST, pagePaths, PROJECT, readPage } from './site';

/**
 * axe-core on every page of every build the gates run over: at a phone's width, and over the test
 * site at a desktop's width too (one load, then the window resized). A page is its HTML: its styles and scripts are named in it by the
 * hash of their content. So a page whose HTML is byte for byte one that passed already (the same
 * page in another test build, but for the 示例数据 notes and the base path) passed again; those that
 * passed are remembered by that hash (with axe's version and what is asked of it), and only pages
 * not seen before are run through axe. A page that fails is never remembered.
 */
const AXE_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')) as { version: string }).version;
const CACHE = join(PROJECT, 'node_modules/.cache/portal-a11y');

/** The widths asked: both over the test site, a phone's over the other builds (the same pages' templates). */
const SIZES = DIST === siteDir('site') ? WIDTHS : { phone: WIDTHS.phone };

/** The page as any build would make it: without the sample notes, with links from the root. */
function normalised(html: string): string {
  const out = html.replace(/<div class="sample-banner[\s\S]*?<\/div>/, '').replace(/<span data-pagefind-ignore>（示例数据）<\/span>/g, '');
  return BASE === '/' ? out : out.replace(new RegExp(`(["/])${BASE.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g'), '$1');
}

/** What is asked (axe's version, its tags, the widths, how it is run) and of what page. */
const ASKED = JSON.stringify([AXE_VERSION, AXE_TAGS, SIZES, readFileSync(join(PROJECT, 'tests/e2e/axe.ts'), 'utf8')]);
const keyOf = (html: string) => createHash('sha256').update(ASKED).update(normalised(html)).digest('hex');

describe('axe-core: no violations on any page', () => {
  it(`every page at ${Object.entries(SIZES).map(([n, s]) => `${n} width (${s.width}px)`).join(' and ')}`, async ({ openPage }) => {
    mkdirSync(CACHE, { recursive: true });
    const failures: string[] = [];
    const all = pagePaths();
    const pages = all.filter((p) => !existsSync(join(CACHE, keyOf(readPage(p)))));
    console.log(`axe：${all.length} 个页面，${all.length - pages.length} 个与已通过检查的页面相同，检查 ${pages.length} 个`);
    // Two pages at a time: axe is one page's script on one core, and the machine has two.
    const queue = [...pages];
    const worker = async () => {
      const { page } = await openPage(WIDTHS.phone);
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        await page.setViewportSize(WIDTHS.phone);
        await page.goto(siteUrl(p === '/404.html' ? '404.html' : p));
        const found: string[] = [];
        for (const [name, size] of Object.entries(SIZES)) {
          await page.setViewportSize(size);
          found.push(...(await axeViolations(page)).map((s) => `${p} (${name}): ${s}`));
        }
        if (found.length === 0) writeFileSync(join(CACHE, keyOf(readPage(p))), p);
        failures.push(...found);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures.sort()).toEqual([]);
  }, 600_000);
});
