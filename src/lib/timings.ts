import { appendFileSync } from 'node:fs';

/**
 * Where a build spends its time, for `npm run bench` (scripts/bench.mjs). With PORTAL_TIMINGS naming
 * a file, each stage appends a line: `{"stage":"downloads","ms":812,"peakMB":640,"heapMB":410}` (a stage may
 * append several lines; the bench adds them up). Without it, nothing is measured or written.
 */

const file = () => process.env.PORTAL_TIMINGS;

/** Records that a stage took `ms` (and the build's peak memory so far). */
export function recordTiming(stage: string, ms: number): void {
  const to = file();
  if (!to) return;
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const heapMB = Math.round(process.memoryUsage().heapUsed / 1048576);
  appendFileSync(to, `${JSON.stringify({ stage, ms: Math.round(ms), peakMB, heapMB })}\n`);
}

/** Runs `fn` and records its time under `stage`. */
export function timed<T>(stage: string, fn: () => T): T {
  if (!file()) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    recordTiming(stage, performance.now() - start);
  }
}

/** The same for a promise. */
export async function timedAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  if (!file()) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    recordTiming(stage, performance.now() - start);
  }
}
