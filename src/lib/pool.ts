/**
 * A few jobs at once, for the build's steps that hand work to the disk or to another process (the
 * downloads, the search index): the next job is prepared while earlier ones run.
 */

/** Starts `job` in `pool`, and waits while `limit` jobs are running. A job that fails fails the caller. */
export async function inPool(pool: Set<Promise<void>>, limit: number, job: () => Promise<unknown>): Promise<void> {
  const p: Promise<void> = job().then(() => {
    pool.delete(p);
  });
  pool.add(p);
  if (pool.size >= limit) await Promise.race(pool);
}
