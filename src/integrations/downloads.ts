import { constants, mkdirSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseWithSlash } from '../lib/addresses';
import { chartDownloads, CSV_HEADERS, downloadAt, JSON_HEADERS, unprefixedCopies } from '../lib/domain/downloads';
import { siteData } from '../lib/domain/site';
import { inPool } from '../lib/pool';
import { timedAsync } from '../lib/timings';

/** Files written at once: the disk works on several while the next is prepared (a shared disk is often the slowest part). */
const IN_FLIGHT = 16;

/** The files of the progress tables and their un-prefixed copies, under a build's folder. */
export async function writeDownloads(root: string): Promise<{ written: number; copied: number }> {
  const data = siteData();
  const made = new Set<string>();
  const folder = (file: string) => {
    const d = dirname(file);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
  };
  const pool = new Set<Promise<void>>();
  let written = 0;
  for (const f of chartDownloads(data)) {
    const file = join(root, f.path);
    folder(file);
    await inPool(pool, IN_FLIGHT, () => writeFile(file, f.body));
    written++;
  }
  // Every year's file is there before any is copied.
  await Promise.all(pool);
  const copies = unprefixedCopies(data);
  for (const c of copies) {
    const file = join(root, c.path);
    folder(file);
    // A copy on write where the file system has it; a plain copy elsewhere.
    await inPool(pool, IN_FLIGHT, () => copyFile(join(root, c.from), file, constants.COPYFILE_FICLONE));
  }
  await Promise.all(pool);
  return { written, copied: copies.length };
}

/**
 * Writes every progress table as CSV and JSON once the pages are built, from the tables the unit
 * pages were made of (src/lib/domain/downloads.ts): one loop over prepared data instead of an Astro
 * route per file, each rendered alone. `astro dev` serves the same files from memory.
 */
export default function downloads(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseWithSlash(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          const file = url.startsWith(base) && /\.(csv|json)$/.test(url) ? downloadAt(siteData(), url.slice(base.length)) : undefined;
          if (!file) return next();
          res.setHeader('Content-Type', (file.path.endsWith('.csv') ? CSV_HEADERS : JSON_HEADERS)['Content-Type']);
          res.end(file.body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { written, copied } = await timedAsync('downloads', () => writeDownloads(fileURLToPath(dir)));
        logger.info(`下载文件：${written} 个，另复制 ${copied} 个到首年的地址`);
      },
    },
  };
}
