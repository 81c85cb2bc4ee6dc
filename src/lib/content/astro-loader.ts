import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { validContent } from './handover';
import { defaultOptions } from './options';

/**
 * Hands the MDX bodies of the validated content to Astro to render. The content gate has read and
 * checked every file before Astro starts (src/integrations/content-gate.ts); this loader only says
 * which files Astro renders, under ids that carry their year where a year's ids may repeat
 * (a call keeps its id from year to year: `2019/micro-video`). It reads the sample folders too.
 */
export function mdxLoader(kind: 'notices' | 'subprojects'): Loader {
  return {
    name: `portal-${kind}`,
    load: async ({ store, config, generateDigest }) => {
      const opts = defaultOptions();
      const content = validContent(opts);
      const root = fileURLToPath(config.root);
      store.clear();
      for (const e of content[kind]) {
        const id = kind === 'notices' ? e.id : `${e.data.campaign}/${e.id}`;
        store.set({
          id,
          data: { campaign: e.data.campaign },
          body: e.body,
          // Astro renders an MDX entry from its file, named relative to the project root.
          filePath: relative(root, e.path).split(sep).join('/'),
          digest: generateDigest(readFileSync(e.path, 'utf8')),
          deferredRender: true,
        });
      }
    },
  };
}
