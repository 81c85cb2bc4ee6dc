import type { AstroIntegration } from 'astro';
import { recordTiming } from '../lib/timings';

/** V8's collector, where Node was started with --expose-gc (scripts/build.mjs does). */
const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Below this much heap in use a full collection gains nothing on the peak (V8 collects young
 * garbage by itself) and costs every small build its time: the real content's heap never reaches
 * it, where three collections took 0.3 s; a build of 3,000 units is past it from its content gate on.
 */
const COLLECT_ABOVE_BYTES = 256 * 1048576;

/**
 * The stages of a build that only Astro's hooks can see. For `npm run bench` (PORTAL_TIMINGS): the
 * time from the process start to the first hook, Astro's setup (which holds the content gate),
 * bundling, and rendering the pages (which holds the data preparation); the stages the site runs
 * itself (the content gate, data preparation, downloads, search index) record their own.
 *
 * Between the stages, a full garbage collection where the process allows it: each stage leaves
 * hundreds of megabytes of garbage (the gate's parsed files, the rendered pages) that V8 would
 * otherwise collect only after the next stage has added its own, and the build's peak memory is
 * their sum (3,000 units over three years: about 900 MB without, 720 MB with, the data the
 * pages need being about 200 MB).
 */
export default function buildTimings(): AstroIntegration {
  let last = 0;
  const stage = (name: string) => {
    if (process.memoryUsage().heapUsed > COLLECT_ABOVE_BYTES) collect?.();
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
