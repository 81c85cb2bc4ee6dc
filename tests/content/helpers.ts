import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/content';
import { buildEnv } from '../../scripts/test-sites.mjs';
import { SITE_CONTENT } from '../e2e/site';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

export { SITE_CONTENT };

/** Options that read the test site's content, as the build reads content/. */
export function siteOptions(today = '2026-11-24', sampleDirs?: string[]) {
  return { root: PROJECT, contentDir: SITE_CONTENT, today, componentsDir: join(PROJECT, 'src/components/content'), ...(sampleDirs ? { sampleDirs } : {}) };
}

/** Content that must pass: the test site with allowed MDX (content components, a few tags, links). */
export const GOOD = fileURLToPath(new URL('./good', import.meta.url));

/**
 * The test site's content (tests/fixtures/site/) with a fixture's files laid over it (a bad fixture by default, or one of
 * `from`), in a temporary project root, removed afterwards.
 */
export function withFixture<T>(name: string, fn: (root: string) => T, from = FIXTURES): T {
  const root = makeFixture(name, from);
  try {
    return fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The temporary project root withFixture gives, for tests that run it asynchronously; the caller removes it. */
export function makeFixture(name: string, from = FIXTURES): string {
  const root = mkdtempSync(join(tmpdir(), `portal-${name}-`));
  cpSync(SITE_CONTENT, join(root, 'content'), { recursive: true });
  cpSync(join(from, name, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** The project's content components: what `npm run check` allows, wherever it is run from. */
export const COMPONENTS = join(PROJECT, 'src/components/content');

export function validateFixture(name: string, today = '2026-11-24') {
  return withFixture(name, (root) => validateContent({ root, today, componentsDir: COMPONENTS }));
}

/** One sample entry, as flags of `npm run new:report`. */
export const SAMPLE_ARGS = ['--unit', 'fujian/quanzhou/jinjiang', '--date', '2019-09-01', '--activities', '1', '--propagandists', '10', '--workers', '120', '--source', '晋江市总工会关于主题活动开展情况的报告'];

/** `npm run new:report` in a project folder (non-interactive: every value given as a flag). */
export function newReport(root: string, args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/new-report.ts'), ...args], {
    cwd: root,
    env: buildEnv({ PORTAL_NOW: '2019-10-15' }),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

