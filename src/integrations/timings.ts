import type { AstroIntegration } from 'astro';
import { recordTiming } from '../lib/timings';

/**
 * The stages of a build that only Astro's hooks can see, for `npm run bench` (PORTAL_TIMINGS): the
 * time from the process start to the first hook, Astro's setup (which holds the content gate),
 * bundling, and rendering the pages (which holds the data preparation). The stages the site runs
 * itself (the content gate, data preparation, downloads, search index) record their own.
 */
export default function buildTimings(): AstroIntegration {
  let last = 0;
  const stage = (name: string) => {
    const now = performance.now();
    recordTiming(name, now - last);
    last = now;
  };
  return {
    name: 'portal-timings',
    hooks: {
      'astro:config:setup': () => {
        last = performance.now();
        recordTiming('startup', last);
      },
      'astro:build:start': () => stage('astro setup'),
      // After the server and client bundles, before the pages are rendered.
      'astro:build:ssr': () => stage('bundling'),
      'astro:build:generated': () => stage('rendering'),
    },
  };
}
