import { join } from 'node:path';
import { todayFromClock } from '../clock';
import { handedOver } from './handover';
import { COMPONENTS_DIR, defaultOptions, type ValidateOptions } from './options';
import { addIdHints } from './id-hints';
import { ContentValidationError, type ContentIssue } from './issues';
import { loadContent, type ContentSet } from './load';
import { BODY_RULES } from './body-rules';
import { contentComponentNames } from './components';
import { LIST_RULES } from './duplicates';
import { RULES } from './rules';
import { RESULTS_RULES } from './results-rules';
import { VOCABULARY_RULES } from './vocabulary-rules';

export type { ContentIssue } from './issues';
export type { ContentSet, Entry, MdxEntry } from './load';
export { formatIssues, formatWarnings, ContentValidationError } from './issues';

export { COMPONENTS_DIR, defaultOptions, type ValidateOptions } from './options';
export { handOverValidContent, registerContentLoader, validContent } from './handover';

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

/** Valid content (what the gate handed over, or read and validated now) or a ContentValidationError listing every issue. */
export function loadValidContent(opts: ValidateOptions = defaultOptions()): ContentSet {
  const handed = handedOver(opts);
  if (handed) return handed;
  const { content, issues } = validateContent(opts);
  if (issues.length > 0) throw new ContentValidationError(issues);
  return content;
}
