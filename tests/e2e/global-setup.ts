import type { TestProject } from 'vitest/node';
import { startServer } from './server';
import { assertBuilt, DIST } from './site';

/** Serves the built site once for all browser tests; the build itself is the test command's step. */
export default async function setup(project: TestProject) {
  assertBuilt();
  const base = process.env.PORTAL_BASE ?? '/';
  const server = await startServer(DIST, base);
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
