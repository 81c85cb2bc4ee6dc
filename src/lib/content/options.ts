import { join, resolve } from 'node:path';
import { todayFromClock } from '../clock';
import type { LoadOptions } from './load';

/** Where the content components are, inside the project. */
export const COMPONENTS_DIR = 'src/components/content';

export interface ValidateOptions extends LoadOptions {
  today?: string;
  /** The content components MDX bodies may use: the .astro files of this folder (default <root>/src/components/content). */
  componentsDir?: string;
}

/**
 * Where the build reads content from: content/ (or PORTAL_CONTENT_DIR), plus the sample folders
 * PORTAL_SAMPLE_DIRS names (comma-separated, e.g. tests/fixtures/demo), whose files are added as
 * sample data.
 */
export function defaultOptions(env: Record<string, string | undefined> = process.env, root = process.cwd()): ValidateOptions {
  const samples = (env.PORTAL_SAMPLE_DIRS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => resolve(root, d));
  return {
    root,
    today: todayFromClock(env),
    contentDir: env.PORTAL_CONTENT_DIR ? resolve(root, env.PORTAL_CONTENT_DIR) : undefined,
    sampleDirs: samples.length > 0 ? samples : undefined,
    componentsDir: join(root, COMPONENTS_DIR),
  };
}
