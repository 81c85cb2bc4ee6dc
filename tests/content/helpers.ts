import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/content';

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

export function validateFixture(name: string, today = '2026-11-24') {
  return withFixture(name, (root) => validateContent({ root, today }));
}
