import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content';
import { formatGithubAnnotations } from '../../src/lib/content/issues';
import { PROJECT, validateFixture, withFixture } from './helpers';
import { buildEnv } from '../e2e/site';

/** `npm run check` over a content folder, run the way staff run it (from the project root). */
function runCheck(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/check.ts'), ...args], {
    cwd: root,
    env: buildEnv({ GITHUB_ACTIONS: '' }),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

// Each test starts `npm run check` (tsx: 2–4 s on a busy machine), hence the longer timeouts.
describe('npm run check', () => {
  it('passes on the real content', () => {
    const r = runCheck(PROJECT);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('内容校验通过');
  }, 60_000);

  for (const name of ['several-errors', 'progress-bad', 'notice-bad-fields']) {
    it(`prints exactly what the build prints, every issue, for ${name}`, () => {
      const expected = formatIssues(validateFixture(name).issues);
      withFixture(name, (root) => {
        const r = runCheck(root);
        expect(r.status).toBe(1);
        expect(r.stderr.trim()).toBe(expected);
      });
    }, 60_000);
  }

  it('annotates each issue on its file and line for pull requests', () => {
    const { issues } = validateFixture('several-errors');
    const text = formatGithubAnnotations(issues);
    expect(text.split('\n')).toHaveLength(issues.length);
    expect(text).toMatchInlineSnapshot(`
      "::error file=content/campaigns/2019/plans/qg-2019-27.json,line=24,title=内容校验：rows[0].activities::字段 rows[0].activities：应为：数字%0A实际："一"
      ::error file=content/campaigns/2019/plans/qg-2019-27.json,line=29,title=内容校验：rows[1].activities::字段 rows[1].activities：应为：整数%0A实际：1.5
      ::error file=content/campaigns/2019/timeline/mg-2019-64.json,line=11,title=内容校验：[0].to::字段 [0].to：应为：结束日期不早于开始日期 2019-10-01%0A实际：2019-09-30"
    `);
    withFixture('several-errors', (root) => {
      const r = runCheck(root, '--format=github');
      expect(r.stdout.trim()).toBe(text);
    });
  }, 60_000);
});
