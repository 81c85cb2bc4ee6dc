import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatWarnings, validateContent } from '../../src/lib/content';
import { formatGithubAnnotations } from '../../src/lib/content/issues';
import { formatPlain } from '../../src/lib/content/formats';
import { checkCommand } from '../../src/lib/content/check-command';
import { COMPONENTS, GOOD, PROJECT, validateFixture, withFixture } from './helpers';
import { buildEnv } from '../../scripts/test-sites.mjs';

/** `npm run check` over a content folder, run the way staff run it (from the project root). */
function runCheck(root: string, ...args: string[]) {
  return runCheckWith({}, root, ...args);
}
function runCheckWith(env: Record<string, string>, root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts/check.ts'), ...args], {
    cwd: root,
    env: buildEnv({ GITHUB_ACTIONS: '', npm_config_format: '', ...env }),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

// Each test starts `npm run check` (tsx: 2–4 s on a busy machine), hence the longer timeouts.
describe('npm run check', () => {
  it('passes on the test site', () => {
    const r = runCheckWith({ PORTAL_CONTENT_DIR: 'tests/fixtures/site' }, PROJECT);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('内容校验通过');
  }, 60_000);

  for (const name of ['several-errors', 'progress-bad', 'notice-bad-fields']) {
    it(`prints exactly what the build prints, every issue, for ${name}`, () => {
      const { issues, warnings } = validateFixture(name);
      const expected = `${formatIssues(issues)}${warnings.length ? `\n\n${formatWarnings(warnings)}` : ''}`;
      withFixture(name, (root) => {
        const r = runCheck(root);
        expect(r.status).toBe(1);
        expect(r.stderr.trim()).toBe(expected);
      });
    }, 60_000);
  }

  it('passes with a warning for a count more than ten times its unit\'s own target: exit 0, the warning printed and marked as one in every format', () => {
    withFixture(
      'progress-above-target',
      (root) => {
        const human = checkCommand([], { PORTAL_NOW: '2026-11-24' }, root, COMPONENTS);
        expect(human.code, human.stderr).toBe(0);
        expect(human.stderr).toBe('');
        expect(human.stdout.split('\n\n内容校验通过')[0]).toMatchInlineSnapshot(`
          "内容校验提示：有 1 处请再核对一下（不影响发布）。

          1. content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json 第 4 行 · 字段 activities
             请核对：“线下活动数量”是本单位目标 1（上级分配表 qg-2019-27 分配给本单位的数）的 12 倍，超过了十倍：是否多写了位数？核对无误就不用改
             实际：12"
        `);
        const github = checkCommand(['--format=github'], { PORTAL_NOW: '2026-11-24' }, root, COMPONENTS);
        expect(github.code).toBe(0);
        expect(github.stdout).toMatch(/^::warning file=content\/campaigns\/2019\/progress\/fujian\/quanzhou\/jinjiang\/2019-09-01\.json,line=4,title=内容提示：activities::/m);
        const plain = checkCommand(['--format=plain'], { PORTAL_NOW: '2026-11-24' }, root, COMPONENTS);
        expect(plain.stdout).toContain('content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json:4: 提示（不影响发布）：字段 activities：请核对：');
        const gitlab = checkCommand(['--format=gitlab', '--output=gl.json'], { PORTAL_NOW: '2026-11-24' }, root, COMPONENTS);
        expect(gitlab.code).toBe(0);
        expect(JSON.parse(gitlab.output!.text).map((i: { severity: string; check_name: string }) => [i.severity, i.check_name])).toEqual([['minor', 'progressAboveUnitTarget']]);
      },
      GOOD,
    );
  });

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

  it('--format=gitlab writes a Code Quality report GitLab reads: every field, every issue, unique fingerprints', () => {
    const { issues } = validateFixture('several-errors');
    withFixture('several-errors', (root) => {
      const r = runCheck(root, '--format=gitlab', '--output=gl-code-quality-report.json');
      expect(r.status).toBe(1);
      // People still read the list in the job log.
      expect(r.stderr.trim()).toBe(formatIssues(issues));
      const report: unknown = JSON.parse(readFileSync(join(root, 'gl-code-quality-report.json'), 'utf8'));
      expect(Array.isArray(report)).toBe(true);
      const items = report as Record<string, unknown>[];
      expect(items).toHaveLength(issues.length);
      // The fields of https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format, and their types.
      for (const [n, item] of items.entries()) {
        expect(Object.keys(item).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
        expect(typeof item.description).toBe('string');
        expect(item.description).toContain(issues[n]!.expected);
        expect(item.check_name).toMatch(/^[A-Za-z-]+$/);
        expect(item.fingerprint).toMatch(/^[0-9a-f]{32}$/);
        expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(item.severity);
        const location = item.location as { path: string; lines: { begin: number } };
        expect(Object.keys(location).sort()).toEqual(['lines', 'path']);
        expect(location.path).toBe(issues[n]!.file);
        expect(existsSync(join(root, location.path))).toBe(true);
        expect(Number.isInteger(location.lines.begin) && location.lines.begin >= 1).toBe(true);
        expect(location.lines.begin).toBe(issues[n]!.line);
      }
      expect(new Set(items.map((i) => i.fingerprint)).size).toBe(items.length);
      expect(items.map((i) => i.check_name)).toEqual(['content-schema', 'content-schema', 'datesInOrder']);
    });
  });

  it('refuses a content folder without a unit list or a campaign year, and one that is not there', () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-nothing-'));
    try {
      mkdirSync(join(root, 'content'));
      const empty = validateContent({ root, today: '2026-11-24', componentsDir: COMPONENTS });
      expect(formatPlain(empty.issues)).toMatchInlineSnapshot(`
        "content/units/: 应为：单位名单：units/ 下至少一个 <名称>.json，其中有没有上级的全国一级；实际：没有单位名单
        content/campaigns/: 应为：至少一年的活动：campaigns/<年份>/campaign.json；实际：没有活动年份"
      `);
      const missing = validateContent({ root, contentDir: join(root, 'contnet'), today: '2026-11-24', componentsDir: COMPONENTS });
      expect(formatPlain(missing.issues)).toMatchInlineSnapshot(`"contnet: 应为：内容文件夹（content/）；实际：找不到这个文件夹"`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('--format=gitlab writes an empty report when content passes, so the artifact always exists', () => {
    withFixture('empty', (root) => {
      const r = runCheck(root, '--format=gitlab', '--output=gl-code-quality-report.json');
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(root, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
    });
  });

  it('--format=plain prints path:line: message, one line per issue (also as `npm run check --format=plain` hands it over)', () => {
    const { issues } = validateFixture('several-errors');
    expect(formatPlain(issues)).toMatchInlineSnapshot(`
      "content/campaigns/2019/plans/qg-2019-27.json:24: 字段 rows[0].activities：应为：数字；实际："一"
      content/campaigns/2019/plans/qg-2019-27.json:29: 字段 rows[1].activities：应为：整数；实际：1.5
      content/campaigns/2019/timeline/mg-2019-64.json:11: 字段 [0].to：应为：结束日期不早于开始日期 2019-10-01；实际：2019-09-30"
    `);
    withFixture('several-errors', (root) => {
      // npm 10 and 11 hand `npm run check --format=plain` over as a bare `plain`; older npm as npm_config_format.
      for (const r of [runCheck(root, '--format=plain'), runCheck(root, 'plain'), runCheckWith({ npm_config_format: 'plain' }, root)]) {
        expect(r.status).toBe(1);
        const lines = r.stdout.trim().split('\n');
        expect(lines).toHaveLength(issues.length);
        for (const [n, line] of lines.entries()) {
          const m = /^([^:\s]+):(\d+): (.+)$/.exec(line);
          expect(m, line).toBeTruthy();
          expect(existsSync(join(root, m![1]!))).toBe(true);
          expect(Number(m![2])).toBe(issues[n]!.line);
        }
      }
    });
  }, 30_000);

  it('refuses a format it does not know', () => {
    const r = runCheck(PROJECT, '--format=sarif');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不认识的输出格式');
  });
});

