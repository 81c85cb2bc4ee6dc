import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEnv } from '../../scripts/test-sites.mjs';
import { GOOD, PROJECT, withFixture } from './helpers';

/** `npm run build` (scripts/build.mjs) into `out`, over the content folder of a fixture root. */
function build(root: string, out: string) {
  return spawnSync(process.execPath, [join(PROJECT, 'scripts/build.mjs'), '--outDir', out], {
    cwd: PROJECT,
    // Its own content store: the type check may be running beside it (scripts/test.mjs).
    env: buildEnv({ PORTAL_CONTENT_DIR: join(root, 'content'), PORTAL_CACHE_DIR: join(root, 'cache') }),
    encoding: 'utf8',
    timeout: 600_000,
  });
}

/** Every file under a folder with its bytes and modification time. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else out[relative(dir, full)] = `${st.mtimeMs} ${readFileSync(full).toString('base64')}`;
    }
  };
  walk(dir);
  return out;
}

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function tempDir() {
  const t = mkdtempSync(join(tmpdir(), 'portal-build-script-'));
  temps.push(t);
  return t;
}

/** A dist/ left by an earlier build, as a publish step would find it. */
function earlierDist(parent: string): string {
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'notices'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>上一次的构建</title>');
  writeFileSync(join(dist, 'notices/index.html'), '上一次的通知页');
  return dist;
}

describe('npm run build replaces dist/ only when the build succeeded', () => {
  it('leaves the previous dist/ byte for byte as it was when the build fails, and nothing beside it', () => {
    const parent = tempDir();
    const dist = earlierDist(parent);
    const before = tree(dist);
    withFixture('total-mismatch', (root) => {
      const r = build(root, dist);
      expect(r.status, r.stdout + r.stderr).not.toBe(0);
      expect(r.stderr).toContain('内容校验未通过');
      expect(r.stderr).toContain('dist/ 保持上一次成功构建的内容');
    });
    expect(tree(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  }, 600_000);

  it('leaves no dist/ when there was none and the build fails', () => {
    const parent = tempDir();
    withFixture('mdx-expression', (root) => {
      const r = build(root, join(parent, 'dist'));
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('正文中不写 {…}');
    });
    expect(readdirSync(parent)).toEqual([]);
  }, 600_000);

  // A whole build (about 20 s of CPU). It also shows a body's content component rendering without
  // an import: the pages hand the components of src/components/content/ to every body.
  it('replaces the previous dist/ with the new site when the build succeeds', () => {
    const parent = tempDir();
    const dist = earlierDist(parent);
    withFixture(
      'mdx-allowed',
      (root) => {
        const r = build(root, dist);
        expect(r.status, r.stdout + r.stderr).toBe(0);
      },
      GOOD,
    );
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('上一次的构建');
    const page = readFileSync(join(dist, '2019/subprojects/zz-allowed/index.html'), 'utf8');
    expect(page).toMatch(/<aside[^>]*aria-label="本站注"/);
    expect(page).toContain('<b>礼赞新中国</b>');
    expect(page).toContain('花括号写成 { 和 }');
    expect(existsSync(join(dist, 'notices/index.html'))).toBe(true);
  }, 600_000);
});
