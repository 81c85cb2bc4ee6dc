import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from './links';
import { buildEnv, PROJECT } from './site';

/** The site works under a base path (GitHub Pages serves it at /repo-name/): every link still resolves. */
describe('built under a base path', () => {
  const out = mkdtempSync(join(tmpdir(), 'portal-base-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds with PORTAL_BASE=/portal/ and every internal link and anchor resolves', () => {
    const r = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/astro.js'), 'build', '--outDir', out], {
      cwd: PROJECT,
      env: buildEnv({ PORTAL_BASE: '/portal/' }),
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const report = checkLinks(out, '/portal/');
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken).toEqual([]);
  }, 300_000);
});
