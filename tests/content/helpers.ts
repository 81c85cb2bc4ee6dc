import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/content';
import { buildEnv } from '../e2e/site';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** The real content/ with a bad fixture's files laid over it, in a temporary project root. */
export function withFixture<T>(name: string, fn: (root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), `portal-${name}-`));
  try {
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(FIXTURES, name, 'content'), join(root, 'content'), { recursive: true });
    return fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
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

