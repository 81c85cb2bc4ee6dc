import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PROJECT } from './helpers';

/**
 * The CI files the repo ships for each git host: valid YAML (no duplicate keys, no warnings), and
 * the steps README promises. They cannot run here (no host, no runner); what can be checked is
 * that each one says to do the right things with the right commands.
 */
function load(file: string): Record<string, unknown> {
  const doc = parseDocument(readFileSync(join(PROJECT, file), 'utf8'), { uniqueKeys: true, prettyErrors: false });
  expect(doc.errors.map((e) => e.message), file).toEqual([]);
  expect(doc.warnings.map((e) => e.message), file).toEqual([]);
  return doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
}

type Job = { stage?: string; script?: string[]; rules?: { if?: string }[]; variables?: Record<string, string>; artifacts?: Record<string, unknown> };
type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { 'runs-on': string; container?: unknown; steps: Step[] }> };

const runs = (steps: Step[]) => steps.map((s) => s.run ?? '').filter(Boolean);

describe('GitLab CI (.gitlab-ci.yml)', () => {
  const ci = load('.gitlab-ci.yml');
  const job = (name: string) => ci[name] as Job;

  it('has the stages check, test, build, deploy in that order', () => {
    expect(ci.stages).toEqual(['check', 'test', 'build', 'deploy']);
  });

  it('checks content into a Code Quality report, kept even when the check fails', () => {
    const check = job('check');
    expect(check.stage).toBe('check');
    const cmd = check.script?.find((l) => l.includes('npm run check'));
    expect(cmd).toMatch(/npm run check -- --format=gitlab --output=(\S+)/);
    const file = /--output=(\S+)/.exec(cmd!)![1];
    expect(check.artifacts).toMatchObject({ when: 'always', reports: { codequality: file } });
  });

  it('runs every test, and builds the site with this project as the report form’s repository', () => {
    expect(job('test')).toMatchObject({ stage: 'test', script: ['npm test'] });
    expect(job('build').stage).toBe('build');
    expect(job('build').script).toContain('npm run build');
    expect(job('build').variables).toMatchObject({ PORTAL_REPO_KIND: 'gitlab', PORTAL_REPO_URL: '$CI_PROJECT_URL' });
  });

  it('publishes the default branch with GitLab Pages: a job named pages whose artifact is public/, built for CI_PAGES_URL', () => {
    const pages = job('pages');
    expect(pages.stage).toBe('deploy');
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages.artifacts).toEqual({ paths: ['public'] });
    const script = pages.script!.join('\n');
    expect(script).toMatch(/PORTAL_BASE=.*CI_PAGES_URL/);
    expect(script.indexOf('npm run build')).toBeLessThan(script.indexOf('mv dist public'));
    expect(pages.variables).toMatchObject({ PORTAL_REPO_KIND: 'gitlab' });
  });

  it('installs with npm ci before every job', () => {
    expect((ci.default as { before_script: string[] }).before_script.join(' ')).toMatch(/^npm ci\b/);
  });
});

describe('Gitea and Forgejo Actions', () => {
  for (const [file, kind, label] of [
    ['.gitea/workflows/ci.yml', 'gitea', 'ubuntu-latest'],
    ['.forgejo/workflows/ci.yml', 'forgejo', 'docker'],
  ] as const) {
    it(`${file}: check (plain lines), test, build, on pull requests and pushes`, () => {
      const wf = load(file) as unknown as Workflow;
      expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
      const [job] = Object.values(wf.jobs);
      expect(job!['runs-on']).toBe(label);
      expect(job!.steps[0]!.uses).toMatch(/^actions\/checkout@/);
      const commands = runs(job!.steps);
      const at = (re: RegExp) => commands.findIndex((c) => re.test(c));
      const check = at(/^npm run check -- --format=plain$/);
      const test = at(/^npm test$/);
      const build = at(/^npm run build$/);
      expect([at(/^npm ci\b/), check, test, build].every((i) => i >= 0), commands.join('\n')).toBe(true);
      expect(at(/^npm ci\b/)).toBeLessThan(check);
      expect(check).toBeLessThan(test);
      expect(test).toBeLessThan(build);
      const buildStep = job!.steps.find((s) => s.run === 'npm run build')!;
      expect(buildStep.env).toMatchObject({ PORTAL_REPO_KIND: kind, PORTAL_REPO_URL: '${{ github.server_url }}/${{ github.repository }}' });
    });
  }

  it('the two files differ only where the hosts differ (runner label, host kind, comments)', () => {
    const strip = (f: string) =>
      readFileSync(join(PROJECT, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('#'))
        .join('\n')
        .replace(/runs-on: \S+/, 'runs-on: X')
        .replace(/PORTAL_REPO_KIND: \S+/, 'PORTAL_REPO_KIND: X');
    expect(strip('.forgejo/workflows/ci.yml')).toBe(strip('.gitea/workflows/ci.yml'));
  });
});

describe('GitHub Actions (.github/workflows/ci.yml)', () => {
  it('annotates content problems on pull requests, runs every test, and deploys with this repository for the form', () => {
    const wf = load('.github/workflows/ci.yml') as unknown as Workflow;
    const commands = runs(wf.jobs.test!.steps);
    expect(commands).toContain('npm run check -- --format=github');
    expect(commands).toContain('npm test');
    const build = wf.jobs.deploy!.steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({ PORTAL_REPO_KIND: 'github' });
  });
});
