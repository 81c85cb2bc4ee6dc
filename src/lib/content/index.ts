import { resolve } from 'node:path';
import { todayFromClock } from '../clock';
import { ContentValidationError, type ContentIssue } from './issues';
import { loadContent, type ContentSet, type LoadOptions } from './load';
import { BODY_RULES } from './body-rules';
import { runRules, runRuleTable } from './rules';

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
  issues.push(...runRules(content, ctx), ...runRuleTable(content, ctx, BODY_RULES));
  return { content, issues };
}

/**
 * Where the build reads content from: content/ (or PORTAL_CONTENT_DIR), plus the sample folders
 * PORTAL_SAMPLE_DIRS names (comma-separated, e.g. tests/fixtures/demo), whose files are added as
 * sample data.
 */
export function defaultOptions(env: Record<string, string | undefined> = process.env, root = process.cwd()): ValidateOptions {
  const samples = (env.PORTAL_SAMPLE_DIRS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => resolve(root, d));
  return {
    root,
    contentDir: env.PORTAL_CONTENT_DIR ? resolve(root, env.PORTAL_CONTENT_DIR) : undefined,
    sampleDirs: samples.length > 0 ? samples : undefined,
  };
}

/**
 * Content validated once per build. The build's content gate validates before Astro starts and
 * hands the result over here, so the pages of the same `astro build` process do not read and
 * parse every file again (20,000 progress reports take seconds). Keyed by where content is
 * read from and the build day; only a build sets it, so `astro dev` always reads afresh.
 */
const HANDOVER = Symbol.for('portal.validatedContent');
type Handover = { key: string; content: ContentSet };
const handoverKey = (opts: ValidateOptions) =>
  JSON.stringify([resolve(opts.root), opts.contentDir ?? null, opts.sampleDirs ?? [], opts.today ?? todayFromClock()]);

export function handOverValidContent(opts: ValidateOptions, content: ContentSet): void {
  (globalThis as Record<symbol, Handover | undefined>)[HANDOVER] = { key: handoverKey(opts), content };
}

/** Valid content or a ContentValidationError listing every issue. */
export function loadValidContent(opts: ValidateOptions = defaultOptions()): ContentSet {
  const handed = (globalThis as Record<symbol, Handover | undefined>)[HANDOVER];
  if (handed && handed.key === handoverKey(opts)) return handed.content;
  const { content, issues } = validateContent(opts);
  if (issues.length > 0) throw new ContentValidationError(issues);
  return content;
}
