import type { Plugin } from 'vite';
import { BODIES_MODULE, bodiesModuleSource } from '../lib/content/bodies';
import { validContent } from '../lib/content/handover';
import { defaultOptions } from '../lib/content/options';

const RESOLVED = `\0${BODIES_MODULE}`;

/**
 * Vite plugin for `virtual:portal/bodies` (src/lib/content/bodies.ts): the validated notices' and
 * calls' MDX files, imported by the pages that render them. Under `astro dev` the list is made
 * anew when a Markdown file is added or removed.
 */
export function contentBodies(): Plugin {
  return {
    name: 'portal-content-bodies',
    resolveId: (id) => (id === BODIES_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? bodiesModuleSource(validContent(defaultOptions())) : undefined),
    configureServer(server) {
      const refresh = (file: string) => {
        if (!/\.mdx?$/.test(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
    },
  };
}
