import { resolve } from 'node:path';
import { todayFromClock } from '../clock';
import { ContentValidationError, type ContentIssue } from './issues';
import { loadContent, type ContentSet, type LoadOptions } from './load';
import { RULES } from './rules';

export type { ContentIssue } from './issues';
export type { ContentSet, Entry, MdxEntry } from './load';
export { formatIssues, ContentValidationError } from './issues';

export interface ValidateOptions extends LoadOptions {
  today?: string;
}

/** Schemas, then every cross-file rule; returns all issues, never only the first. */
export function validateContent(opts: ValidateOptions): { content: ContentSet; issues: ContentIssue[] } {
  const { content, issues } = loadContent(opts);
  const ctx = { today: opts.today ?? todayFromClock() };
  for (const rule of RULES) issues.push(...rule(content, ctx));
  return { content, issues };
}

/** Where the build reads content from: the project, or sample reports when PORTAL_PROGRESS_DIR is set. */
export function defaultOptions(env: Record<string, string | undefined> = process.env, root = process.cwd()): ValidateOptions {
  return {
    root,
    contentDir: env.PORTAL_CONTENT_DIR ? resolve(root, env.PORTAL_CONTENT_DIR) : undefined,
    progressDir: env.PORTAL_PROGRESS_DIR ? resolve(root, env.PORTAL_PROGRESS_DIR) : undefined,
  };
}

/** Valid content or a ContentValidationError listing every issue. */
export function loadValidContent(opts: ValidateOptions = defaultOptions()): ContentSet {
  const { content, issues } = validateContent(opts);
  if (issues.length > 0) throw new ContentValidationError(issues);
  return content;
}
