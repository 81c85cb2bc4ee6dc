import { createHash } from 'node:crypto';
import { formatGithubAnnotations, type ContentIssue } from './issues';

/**
 * The content check's output for each git host's CI (`npm run check -- --format=…`):
 * - github: GitHub Actions workflow commands, shown beside the changed line of a pull request;
 * - gitlab: a Code Quality report (artifacts:reports:codequality), shown in a merge request;
 * - plain: `path:line: message`, one line per issue, for Gitea and Forgejo Actions (which show
 *   neither of the above) and for any log.
 * The list for people (formatIssues) is printed in every format.
 */
export const CHECK_FORMATS = ['human', 'github', 'gitlab', 'plain'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** One issue as one line of words: `字段 rows[0].activities：应为：数字；实际："一"`. */
export function issueMessage(i: ContentIssue): string {
  return `${i.severity === 'warning' ? '提示（不影响发布）：' : ''}${i.path ? `字段 ${i.path}：` : ''}${i.severity === 'warning' ? '请核对' : '应为'}：${i.expected}；实际：${i.found}`;
}

/** `content/plans/<plan>.json:24: 字段 rows[0].activities：应为：数字；实际："一"` (no line: `path: message`). */
export function formatPlain(issues: readonly ContentIssue[]): string {
  return issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${issueMessage(i).replace(/[\r\n]+/g, ' ')}`).join('\n');
}

/** A GitLab Code Quality issue (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * The Code Quality report: a JSON array. Every content issue stops the build, so each is a
 * blocker; a warning stops nothing (minor). The fingerprint is the same for the same problem from run to run (it leaves the line
 * out, so an edit above does not make it new), and different for each issue of a run.
 */
export function gitlabCodeQuality(issues: readonly ContentIssue[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return issues.map((i) => {
    const key = [i.file, i.path, i.rule ?? '', i.expected, i.found].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      description: issueMessage(i),
      check_name: i.rule ?? (i.path ? 'content-schema' : 'content-file'),
      fingerprint: createHash('md5').update(n === 0 ? key : `${key}\u0000${n}`).digest('hex'),
      severity: i.severity === 'warning' ? 'minor' : 'blocker',
      location: { path: i.file, lines: { begin: i.line ?? 1 } },
    };
  });
}

export function formatGitlab(issues: readonly ContentIssue[]): string {
  return `${JSON.stringify(gitlabCodeQuality(issues), null, 2)}\n`;
}

/** The machine-read output of a format ('' for human, which is only the list for people). */
export function formatFor(format: CheckFormat, issues: readonly ContentIssue[]): string {
  switch (format) {
    case 'github':
      return formatGithubAnnotations(issues);
    case 'gitlab':
      return formatGitlab(issues);
    case 'plain':
      return formatPlain(issues);
    case 'human':
      return '';
  }
}
