import type { TestProject } from 'vitest/node';
import { startServer } from './server';
import { assertBuilt, distFor } from './site';

/**
 * Serves the project's built site (its PORTAL_DIST: a test site or dist/) once for all its browser
 * tests; the builds are the test command's step (scripts/test-sites.mjs).
 */
export default async function setup(project: TestProject) {
  const { dir, base } = distFor(project.config.env?.PORTAL_DIST);
  assertBuilt(dir);
  const server = await startServer(dir, base);
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
