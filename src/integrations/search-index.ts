import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../lib/search/index-html';
import { inPool } from '../lib/pool';
import { timedAsync } from '../lib/timings';

/** Pages handed to Pagefind before the first of them is indexed. */
const IN_FLIGHT = 8;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Builds the Pagefind index after the site is written, from a copy of each page made for the
 * indexer (src/lib/search/index-html.ts): Chinese text one character per word, so that any run of
 * characters can be found, as with Ctrl+F; width normalised; table rows as sentences. Only pages
 * that mark their main content with data-pagefind-body are indexed.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'portal-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind 索引创建失败：${errors.join('; ')}`);
        const pages = await timedAsync('search index', async () => {
          let added = 0;
          // Pagefind indexes in a process of its own: a few pages in flight keep it busy while this
          // one reads and prepares the next (3,000 unit pages one at a time left both waiting).
          const inFlight = new Set<Promise<void>>();
          for (const file of htmlFiles(root)) {
            const html = readFileSync(file, 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const sourcePath = relative(root, file).split(sep).join('/');
            await inPool(inFlight, IN_FLIGHT, async () => {
              const r = await index.addHTMLFile({ sourcePath, content: searchableHtml(html) });
              if (r.errors.length) throw new Error(`Pagefind 无法索引 ${file}：${r.errors.join('; ')}`);
            });
            added++;
          }
          await Promise.all(inFlight);
          const w = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (w.errors.length) throw new Error(`Pagefind 索引写入失败：${w.errors.join('; ')}`);
          await pagefind.close();
          return added;
        });
        logger.info(`搜索索引：${pages} 个页面`);
      },
    },
  };
}
