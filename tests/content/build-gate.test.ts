import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, withFixture } from './helpers';
import { buildEnv } from '../e2e/site';

/** A real `astro build` over bad content: it must stop, say why in Chinese, and write nothing. */
describe('the build stops on bad content', () => {
  it('fails with the file and field named, and leaves no site', () => {
    const out = mkdtempSync(join(tmpdir(), 'portal-gate-out-'));
    rmSync(out, { recursive: true });
    try {
      withFixture('total-mismatch', (root) => {
        const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/astro.js'), 'build', '--outDir', out], {
          cwd: PROJECT,
          env: buildEnv({ PORTAL_CONTENT_DIR: join(root, 'content') }),
          encoding: 'utf8',
          timeout: 120_000,
        });
        const output = r.stdout + r.stderr;
        expect(r.status, output).not.toBe(0);
        expect(output).toContain('内容校验未通过');
        expect(output).toContain('plans/mg-2019-64.json 第 74 行 · 字段 total.activities');
        expect(output).toContain('各行相加为 99');
        expect(existsSync(out)).toBe(false);
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 130_000);
});
