import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content';
import { buildEnv } from '../e2e/site';
import { CASES } from './cases';
import { makeFixture, PROJECT, validateFixture } from './helpers';

/**
 * Check ≡ build, shown on every bad fixture: `npm run check` (run from the fixture's folder, as staff
 * run it) and `npm run build` (scripts/build.mjs, a real astro build reading the fixture through
 * PORTAL_CONTENT_DIR) both reject it with the same message, without a stack trace, and the build
 * writes nothing. A failing build stops at the content gate, before Astro compiles anything: about
 * 5 s each, two at a time.
 */

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

interface Outcome {
  check: Run;
  build: Run;
  /** What the build left in its (empty) output folder's parent. */
  left: string[];
}

/** Where each case's content was read from (removed afterwards). */
const fixtureRoots = new Map<string, string>();

async function checkAndBuild(name: string, today: string): Promise<Outcome> {
  const root = makeFixture(name);
  fixtureRoots.set(name, root);
  const out = mkdtempSync(join(tmpdir(), `portal-build-${name}-`));
  try {
    const [check, build] = await Promise.all([
      run([join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/check.ts')], root, buildEnv({ PORTAL_NOW: today, GITHUB_ACTIONS: '' })),
      run([join(PROJECT, 'scripts/build.mjs'), '--outDir', join(out, 'dist')], PROJECT, buildEnv({ PORTAL_NOW: today, PORTAL_CONTENT_DIR: join(root, 'content') })),
    ]);
    return { check, build, left: readdirSync(out) };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

const STACK_FRAME = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;
const outcomes = new Map<string, Promise<Outcome>>();

beforeAll(() => {
  // Each case runs its check and its build side by side; one case at a time on a small machine.
  const parallel = Math.max(1, Math.min(2, availableParallelism()) - 1);
  const queue = CASES.map((c) => () => checkAndBuild(c.name, c.today ?? '2026-11-24'));
  const results = CASES.map(() => {
    let settle!: (o: Outcome) => void;
    const p = new Promise<Outcome>((r) => (settle = r));
    return { p, settle };
  });
  CASES.forEach((c, i) => outcomes.set(c.name, results[i]!.p));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const i = next++;
      results[i]!.settle(await queue[i]!());
    }
  };
  for (let w = 0; w < parallel; w++) void worker();
});

describe('npm run check and npm run build give the same answer on every bad fixture', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { check, build, left } = await outcomes.get(c.name)!;
      const message = check.stderr.trim();
      expect(check.status, check.stdout + check.stderr).toBe(1);
      expect(message).toBe(formatIssues(validateFixture(c.name, c.today).issues));
      expect(build.status, build.stdout + build.stderr).not.toBe(0);
      // The build names files from the project root, where PORTAL_CONTENT_DIR is one more folder down.
      const where = `${relative(PROJECT, fixtureRoots.get(c.name)!).split(sep).join('/')}/`;
      expect(build.stderr.split(where).join('')).toContain(message);
      expect(`${check.stdout}${check.stderr}${build.stdout}${build.stderr}`).not.toMatch(STACK_FRAME);
      // Nothing written: no dist/, no half-built folder beside it.
      expect(left).toEqual([]);
    }, 1_200_000);
  }
});
