import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument, isNode } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import {
  campaignSchema,
  noticeSchema,
  planSchema,
  progressSchema,
  repairsFileSchema,
  subprojectSchema,
  timelineFileSchema,
  unitsFileSchema,
  type Campaign,
  type Notice,
  type Plan,
  type ProgressReport,
  type Repair,
  type Subproject,
  type TimelineEntry,
  type Unit,
} from '../../schemas';
import { type ContentIssue, type PathSegment, zodIssuesToContentIssues } from './issues';

/** A validated item and where it came from, so later rules can point at it. */
export interface Entry<T> {
  file: string;
  /** Path of this item inside its file (`[3]` for the fourth unit of a units file). */
  at: PathSegment[];
  id: string;
  data: T;
  line: (path: readonly PathSegment[]) => number | undefined;
}

export interface MdxEntry<T> extends Entry<T> {
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

export interface ContentSet {
  campaigns: Entry<Campaign>[];
  units: Entry<Unit>[];
  plans: Entry<Plan>[];
  notices: MdxEntry<Notice>[];
  subprojects: MdxEntry<Subproject>[];
  timeline: Entry<TimelineEntry>[];
  progress: Entry<ProgressReport>[];
  repairs: Entry<Repair>[];
  /**
   * Ids of items whose file failed to parse or validate. They are reported already;
   * references to them are not reported again as "does not exist".
   */
  invalid: Set<string>;
}

export interface LoadOptions {
  /** Project root; files are named relative to it in messages. */
  root: string;
  /** content/ directory (default root/content). */
  contentDir?: string;
  /** Where progress reports are read from (default contentDir/progress). */
  progressDir?: string;
}

function listFiles(dir: string, ext: string, recursive = false): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (recursive) out.push(...listFiles(full, ext, true));
    } else if (name.endsWith(ext)) out.push(full);
  }
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

interface Parsed {
  data: unknown;
  line: (path: readonly PathSegment[]) => number | undefined;
}

/**
 * Parses JSON or YAML text. Both go through the YAML parser (JSON is YAML), which
 * knows where each value stands, so messages can give a line.
 */
function parseStructured(
  text: string,
  file: string,
  kind: 'json' | 'yaml',
  lineOffset: number,
  issues: ContentIssue[],
): Parsed | undefined {
  if (kind === 'json') {
    try {
      JSON.parse(text);
    } catch (e) {
      const pos = /position (\d+)/.exec(String((e as Error).message));
      issues.push({
        file,
        line: pos ? lineAt(text, Number(pos[1])) : undefined,
        path: '',
        expected: '合法的 JSON（检查逗号、引号和括号是否成对）',
        found: `无法解析：${(e as Error).message}`,
      });
      return undefined;
    }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      issues.push({
        file,
        line: lineAt(text, err.pos[0]) + lineOffset,
        path: '',
        expected: kind === 'yaml' ? '合法的 YAML 文件头（检查缩进、冒号和引号）' : '合法的 JSON',
        found: `无法解析：${err.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  // The syntax tree is only needed again to point at a line when something is wrong: it is
  // parsed again then, rather than kept for every file (20,000 reports would hold 20,000 trees).
  let tree: typeof doc | undefined;
  return {
    data: kind === 'json' ? JSON.parse(text) : doc.toJS(),
    line: (path) => {
      tree ??= parseDocument(text, { prettyErrors: false, uniqueKeys: true });
      const node = path.length === 0 ? tree.contents : tree.getIn(path, true);
      if (!isNode(node) || !node.range) return undefined;
      return lineAt(text, node.range[0]) + lineOffset;
    },
  };
}

function check<T>(
  schema: ZodType<T, ZodTypeDef, unknown>,
  value: unknown,
  file: string,
  parsed: Parsed,
  at: PathSegment[],
  issues: ContentIssue[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...zodIssuesToContentIssues(file, value, result.error.issues, parsed.line, at));
  return undefined;
}

function stem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** Loads every collection of content/, validating each file against its schema. */
export function loadContent(opts: LoadOptions): { content: ContentSet; issues: ContentIssue[] } {
  const contentDir = opts.contentDir ?? join(opts.root, 'content');
  const progressDir = opts.progressDir ?? join(contentDir, 'progress');
  const rel = (p: string) => relative(opts.root, p).split(sep).join('/');
  const issues: ContentIssue[] = [];
  const content: ContentSet = {
    campaigns: [],
    units: [],
    plans: [],
    notices: [],
    subprojects: [],
    timeline: [],
    progress: [],
    repairs: [],
    invalid: new Set(),
  };

  const readJson = (full: string) => {
    const file = rel(full);
    const parsed = parseStructured(readFileSync(full, 'utf8'), file, 'json', 0, issues);
    return parsed && { file, parsed };
  };

  /** A file that holds one item. */
  const single = <T>(dir: string, schema: ZodType<T, ZodTypeDef, unknown>, push: (e: Entry<T>) => void, recursive = false) => {
    for (const full of listFiles(join(contentDir, dir), '.json', recursive)) {
      const r = readJson(full);
      const data = r && check(schema, r.parsed.data, r.file, r.parsed, [], issues);
      if (r && data !== undefined) push({ file: r.file, at: [], id: stem(full), data, line: r.parsed.line });
      else content.invalid.add(stem(full));
    }
  };

  /** A file that holds a list of items, each with its own place for messages. */
  const list = <T>(dir: string, schema: ZodType<T[], ZodTypeDef, unknown>, id: (t: T, i: number) => string, push: (e: Entry<T>) => void) => {
    for (const full of listFiles(join(contentDir, dir), '.json')) {
      const r = readJson(full);
      const data = r && check(schema, r.parsed.data, r.file, r.parsed, [], issues);
      if (r && data !== undefined) data.forEach((item, i) => push({ file: r.file, at: [i], id: id(item, i), data: item, line: r.parsed.line }));
      else if (r && Array.isArray(r.parsed.data))
        for (const item of r.parsed.data as unknown[]) {
          const raw = (item as { id?: unknown } | null)?.id;
          if (typeof raw === 'string') content.invalid.add(raw);
        }
    }
  };

  const mdx = <T>(dir: string, schema: ZodType<T, ZodTypeDef, unknown>, push: (e: MdxEntry<T>) => void) => {
    for (const full of listFiles(join(contentDir, dir), '.mdx')) {
      const file = rel(full);
      const text = readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
      if (!m) {
        issues.push({ file, line: 1, path: '', expected: '以 --- 开头、以 --- 结束的文件头（front matter）', found: '没有文件头' });
        content.invalid.add(stem(full));
        continue;
      }
      const parsed = parseStructured(m[1] ?? '', file, 'yaml', 1, issues);
      const data = parsed && check(schema, parsed.data, file, parsed, [], issues);
      if (parsed === undefined || data === undefined) content.invalid.add(stem(full));
      else
        push({
          file,
          at: [],
          id: stem(full),
          data,
          line: parsed.line,
          body: text.slice(m[0].length),
          bodyLine: lineAt(text, m[0].length),
        });
    }
  };

  single('campaigns', campaignSchema, (e) => content.campaigns.push(e));
  list('units', unitsFileSchema, (u) => u.id, (e) => content.units.push(e));
  single('plans', planSchema, (e) => content.plans.push(e));
  mdx('notices', noticeSchema, (e) => content.notices.push(e));
  mdx('subprojects', subprojectSchema, (e) => content.subprojects.push(e));
  list('timeline', timelineFileSchema, (t) => t.id, (e) => content.timeline.push(e));
  list('repairs', repairsFileSchema, (_r, i) => String(i), (e) => content.repairs.push(e));

  // A report saved under another name (.JSON, .json.txt, .yaml) would be skipped without a word: say so.
  for (const full of listFiles(progressDir, '', true))
    if (!full.endsWith('.json') && !/(?:^|[\\/])(?:README\.md|\.gitkeep)$/.test(full))
      issues.push({
        file: rel(full),
        path: '',
        expected: '进度报告文件名为 日期.json（如 2019-09-01.json）；本目录只放进度报告和说明文件 README.md',
        found: `文件名 ${JSON.stringify(full.replace(/^.*[\\/]/, ''))}`,
      });

  for (const full of listFiles(progressDir, '.json', true)) {
    const r = readJson(full);
    if (!r) continue;
    const data = check(progressSchema, r.parsed.data, r.file, r.parsed, [], issues);
    // The id is the file's place under progress/: <unit>/<asOf>; a rule checks it matches.
    const id = relative(progressDir, full).split(sep).join('/').replace(/\.json$/, '');
    if (data !== undefined) content.progress.push({ file: r.file, at: [], id, data, line: r.parsed.line });
  }

  return { content, issues };
}
