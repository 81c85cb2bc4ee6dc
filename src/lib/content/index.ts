import { join, resolve } from 'node:path';
import { todayFromClock } from '../clock';
import { addIdHints } from './id-hints';
import { ContentValidationError, type ContentIssue } from './issues';
import { loadContent, type ContentSet, type LoadOptions } from './load';
import { BODY_RULES } from './body-rules';
import { contentComponentNames } from './components';
import { LIST_RULES } from './duplicates';
import { RULES } from './rules';
import { RESULTS_RULES } from './results-rules';
import { VOCABULARY_RULES } from './vocabulary-rules';

export type { ContentIssue } from './issues';
export type { ContentSet, Entry, MdxEntry } from './load';
export { formatIssues, formatWarnings, ContentValidationError } from './issues';

/** Where the content components are, inside the project. */
export const COMPONENTS_DIR = 'src/components/content';

export interface ValidateOptions extends LoadOptions {
  today?: string;
  /** The content components MDX bodies may use: the .astro files of this folder (default <root>/src/components/content). */
  componentsDir?: string;
}

/**
 * Schemas, then every cross-file rule; returns all issues, never only the first, and apart from
 * them the warnings (things to look at again that stop nothing).
 */
export function validateContent(opts: ValidateOptions): { content: ContentSet; issues: ContentIssue[]; warnings: ContentIssue[] } {
  const loaded = loadContent(opts);
  const { content } = loaded;
  // Ids the schema refused, now that every unit and notice is known: the id a typed name or 文号 means.
  const issues = addIdHints(loaded.issues, content);
  const ctx = { today: opts.today ?? todayFromClock(), components: contentComponentNames(opts.componentsDir ?? join(opts.root, COMPONENTS_DIR)) };
  let later: ContentIssue[] = [];
  for (const rule of [...RULES, ...LIST_RULES, ...RESULTS_RULES, ...VOCABULARY_RULES, ...BODY_RULES]) {
    try {
      // Each issue names the rule that found it (the GitLab report's check_name; the report form's words).
      later.push(...rule(content, ctx).map((i) => ({ ...i, rule: i.rule ?? rule.name })));
    } catch (e) {
      // A rule that fails is a fault of the site, not of the content: said plainly, without a stack.
      const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]?.slice(0, 120)}` : String(e).slice(0, 120);
      later.push({ file: 'content/', path: '', expected: '内容检查程序正常运行', found: `检查规则 ${rule.name || '（未命名）'} 出错（${what}），请把这条提示告诉网站维护人员` });
    }
  }
  // The source comparison speaks last, and only of files nothing else is wrong with: a table whose
  // rows do not add up, or a notice whose contacts repeat, is first fixed by what those messages say.
  const spoken = new Set([...issues, ...later.filter((i) => i.rule !== 'officialText')].filter((i) => i.severity !== 'warning').map((i) => i.file));
  const unreadableUnits = (content.brokenUnitFiles ?? []).length > 0;
  later = later.filter((i) => i.rule !== 'officialText' || (!unreadableUnits && !spoken.has(i.file)));
  // What a rule says about a file that could not be read goes right under that file's own error.
  const broken = new Set(content.brokenUnitFiles ?? []);
  for (const issue of later) {
    const at = broken.has(issue.file) ? issues.findLastIndex((i) => i.file === issue.file) : -1;
    if (at >= 0) issues.splice(at + 1, 0, issue);
    else issues.push(issue);
  }
  // A file's layout is worth one word in all, and only for files nothing is wrong with.
  const wrong = new Set(issues.filter((i) => i.severity !== 'warning').map((i) => i.file));
  const layout = issues.filter((i) => i.rule === 'editorFormat' && !wrong.has(i.file));
  const warnings = issues.filter((i) => i.severity === 'warning' && i.rule !== 'editorFormat');
  if (layout[0]) warnings.push({ ...layout[0], found: layout.length > 1 ? `${layout[0].found}（另有 ${layout.length - 1} 个文件也是）` : layout[0].found });
  return { content, issues: issues.filter((i) => i.severity !== 'warning'), warnings };
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
    today: todayFromClock(env),
    contentDir: env.PORTAL_CONTENT_DIR ? resolve(root, env.PORTAL_CONTENT_DIR) : undefined,
    sampleDirs: samples.length > 0 ? samples : undefined,
    componentsDir: join(root, COMPONENTS_DIR),
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
