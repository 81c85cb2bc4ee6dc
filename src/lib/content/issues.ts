// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { ZodIssue } from 'zod';
import { friendlyMessage } from './error-map';

/**
 * One thing wrong in content/, said so that a union staff member can fix it:
 * which file, where in it, what the site expected and what it found.
 */
export interface ContentIssue {
  /** Path relative to the project root, e.g. `content/plans/mg-2019-64.json`. */
  file: string;
  /** 1-based line, where the file format lets us know it. */
  line?: number;
  /** Field path as written in the file: `rows[3].activities`; empty for the whole file. */
  path: string;
  expected: string;
  found: string;
  /** The cross-file rule that found it (its name in rules.ts); none for a file's own shape or syntax. */
  rule?: string;
  /**
   * 'warning': something to look at again that may well be right (a report ten times its unit's
   * target). Shown by the check, CI and the report form; it stops nothing.
   */
  severity?: 'warning';
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}

/** How a value looks in a message: short, and the same for the same value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '（缺少此项）';
  if (value === null) return '空值 null';
  if (typeof value === 'string') return value === '' ? '空文字 ""' : JSON.stringify(value);
  // String(-0) is "0": the message shows what the file holds.
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `列表（${value.length} 项）`;
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function getAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * Turns Zod's issues for one parsed file into content issues. The "expected" is the issue's message
 * as the friendly error map gives it (src/lib/content/error-map.ts); an issue parsed without the map
 * is put through the same words here.
 */
export function zodIssuesToContentIssues(
  file: string,
  data: unknown,
  issues: readonly ZodIssue[],
  lineOf: (path: readonly PathSegment[]) => number | undefined,
  pathPrefix: readonly PathSegment[] = [],
): ContentIssue[] {
  return issues.map((issue) => {
    // An unknown field is pointed at by its own name, so the line is the misspelt one.
    const extra = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [issue.keys[0] as string] : [];
    const fullPath = [...pathPrefix, ...issue.path, ...extra];
    const found =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => JSON.stringify(k)).join('、')
        : describeValue(getAt(data, issue.path));
    return {
      file,
      line: lineOf(fullPath) ?? lineOf(fullPath.slice(0, -1)),
      path: formatPath(fullPath),
      expected: friendlyMessage(issue, issue.message),
      found,
    };
  });
}

/** The block printed when content is wrong: every issue, Chinese first. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = [`内容校验未通过：发现 ${issues.length} 处问题，网站没有生成。请按下面的提示修改后再试。`, ''];
  issues.forEach((issue, i) => {
    const where = [issue.file + (issue.line ? ` 第 ${issue.line} 行` : ''), issue.path ? `字段 ${issue.path}` : '']
      .filter(Boolean)
      .join(' · ');
    lines.push(`${i + 1}. ${where}`);
    lines.push(`   应为：${issue.expected}`);
    lines.push(`   实际：${issue.found}`);
  });
  return lines.join('\n');
}

/** The block printed when content passes with something to look at again. */
export function formatWarnings(warnings: readonly ContentIssue[]): string {
  const lines = [`内容校验提示：有 ${warnings.length} 处请再核对一下（不影响发布）。`, ''];
  warnings.forEach((w, i) => {
    const where = [w.file + (w.line ? ` 第 ${w.line} 行` : ''), w.path ? `字段 ${w.path}` : ''].filter(Boolean).join(' · ');
    lines.push(`${i + 1}. ${where}`);
    lines.push(`   请核对：${w.expected}`);
    lines.push(`   实际：${w.found}`);
  });
  return lines.join('\n');
}

/** Thrown when content has issues; carries all of them. */
export class ContentValidationError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentValidationError';
  }
}

/** GitHub Actions workflow commands: each issue becomes an annotation on its file and line. */
export function formatGithubAnnotations(issues: readonly ContentIssue[]): string {
  // Workflow command values escape %, CR and LF; properties also escape : and ,.
  const value = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => value(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return issues
    .map((i) => {
      const warning = i.severity === 'warning';
      const props = [`file=${prop(i.file)}`, ...(i.line ? [`line=${i.line}`] : []), `title=${prop(`${warning ? '内容提示' : '内容校验'}：${i.path || '整个文件'}`)}`];
      return `::${warning ? 'warning' : 'error'} ${props.join(',')}::${value(`${i.path ? `字段 ${i.path}：` : ''}${warning ? '请核对' : '应为'}：${i.expected}\n实际：${i.found}`)}`;
    })
    .join('\n');
}
