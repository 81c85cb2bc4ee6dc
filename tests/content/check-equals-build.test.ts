import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/test-sites.mjs';
import { gateContent } from '../../src/integrations/content-gate';
import { formatIssues } from '../../src/lib/content';
import { checkCommand } from '../../src/lib/content/check-command';
import { defaultOptions } from '../../src/lib/content';
import { CASES } from './cases';
import { COMPONENTS, makeFixture, PROJECT, validateFixture, withFixture } from './helpers';

/**
 * Check ≡ build, on every bad fixture: `npm run check` (checkCommand, run from the fixture's folder
 * as staff run it) and the build's content gate (gateContent, reading the fixture through
 * PORTAL_CONTENT_DIR as the build does) reject it with the same message, in-process. Then a few
 * fixtures go through the real commands, `npm run check` and `npm run build` (scripts/build.mjs, a
 * real astro build): same message, no stack trace, nothing written. A failing build stops at the
 * content gate, before Astro compiles anything.
 */

const STACK_FRAME = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;
const TODAY = '2026-11-24';

describe('npm run check and the build\'s content gate give the same answer on every bad fixture', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const today = c.today ?? TODAY;
      withFixture(c.name, (root) => {
        const expected = formatIssues(validateFixture(c.name, c.today).issues);
        const check = checkCommand([], { PORTAL_NOW: today }, root, COMPONENTS);
        expect(check.code, check.stdout + check.stderr).toBe(1);
        expect(check.stderr.trim().split('\n\n内容校验提示')[0]).toBe(expected);
        const gate = gateContent({ ...defaultOptions({ PORTAL_NOW: today, PORTAL_CONTENT_DIR: join(root, 'content') }, PROJECT), today, componentsDir: COMPONENTS });
        expect(gate.ok).toBe(false);
        // The build names files from the project root, where PORTAL_CONTENT_DIR is one more folder down.
        const where = `${relative(PROJECT, root).split(sep).join('/')}/`;
        if (!gate.ok) expect(gate.message.split(where).join('')).toContain(expected);
      });
    });
  }
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Fixtures of each kind of failure: a schema and a rule, a broken JSON file, code in MDX. */
const REAL = ['several-errors', 'units-json-syntax', 'mdx-import'];
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('the real commands: npm run check and npm run build', () => {
  for (const name of REAL) {
    it(`${name}: the same message, no stack trace, nothing written`, async () => {
      const root = makeFixture(name);
      const out = mkdtempSync(join(tmpdir(), `portal-build-${name}-`));
      temps.push(root, out);
      const [check, build] = await Promise.all([
        run([join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/check.ts')], root, buildEnv({ PORTAL_NOW: TODAY, GITHUB_ACTIONS: '' })),
        run([join(PROJECT, 'scripts/build.mjs'), '--outDir', join(out, 'dist')], PROJECT, buildEnv({ PORTAL_NOW: TODAY, PORTAL_CONTENT_DIR: join(root, 'content'), PORTAL_CACHE_DIR: join(out, 'cache') })),
      ]);
      const message = check.stderr.trim();
      expect(check.status, check.stdout + check.stderr).toBe(1);
      expect(message).toBe(formatIssues(validateFixture(name).issues));
      expect(build.status, build.stdout + build.stderr).not.toBe(0);
      const where = `${relative(PROJECT, root).split(sep).join('/')}/`;
      expect(build.stderr.split(where).join('')).toContain(message);
      expect(build.stderr).toContain('构建已停止');
      expect(`${check.stdout}${check.stderr}${build.stdout}${build.stderr}`).not.toMatch(STACK_FRAME);
      // Nothing written: no dist/, no half-built folder beside it (the cache is the build's own).
      expect(readdirSync(out).filter((f) => f !== 'cache')).toEqual([]);
    }, 300_000);
  }
});
