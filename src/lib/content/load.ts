import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ZodType, ZodTypeDef } from 'zod';
import {
  callResultsSchema,
  campaignSchema,
  noticeSchema,
  planSchema,
  progressSchema,
  repairsFileSchema,
  sourceMapSchema,
  subprojectSchema,
  timelineFileSchema,
  unitsFileSchema,
  vocabularyFileSchema,
  yearRecordSchema,
  type CallResults,
  type Campaign,
  type Correction,
  type RecordedCorrection,
  type Notice,
  type Plan,
  type ProgressReport,
  type Repair,
  type SourcePart,
  type Subproject,
  type TimelineEntry,
  type Unit,
  type VocabularyEntry,
  type YearRecord,
} from '../../schemas';
import { parseFriendly } from './error-map';
import { type ContentIssue, type PathSegment, zodIssuesToContentIssues } from './issues';
import { lineAt, parseStructured, type Parsed } from './parse';
import { fileNameProblem, noticeIdFor } from './file-names';
import { placeFile, type FileKind } from './layout';
import { EDITED_FILES, isEdited } from '../cms/files';

/** A validated item and where it came from, so later rules can point at it. */
export interface Entry<T> {
  file: string;
  /** Path of this item inside its file (`[3]` for the fourth unit of a units file). */
  at: PathSegment[];
  id: string;
  data: T;
  line: (path: readonly PathSegment[]) => number | undefined;
  /** True when the file was read from a sample folder (tests/fixtures), not from content/. */
  sample?: boolean;
}

export interface MdxEntry<T> extends Entry<T> {
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Absolute path of the file, for Astro to render the body. */
  path: string;
}

/** A campaign's extracted source text (content/campaigns/<year>/sources/). */
export interface SourceText {
  file: string;
  campaign: string;
  name: string;
  text: string;
}

/** Which lines of a source text are a notice's (sources/<name>.json), with the source it maps. */
export type SourceMapPart = SourcePart & { campaign: string; source: string };

export interface ContentSet {
  campaigns: Entry<Campaign>[];
  units: Entry<Unit>[];
  plans: Entry<Plan>[];
  notices: MdxEntry<Notice>[];
  subprojects: MdxEntry<Subproject>[];
  timeline: Entry<TimelineEntry>[];
  progress: Entry<ProgressReport>[];
  /** A call's shortlist, vote and awards (results/<call id>.json); the id is the call's. */
  results: Entry<CallResults>[];
  /** A year's figures and its 优秀组织奖 (record.json); the id is the year. */
  records: Entry<YearRecord>[];
  repairs: Entry<Repair & { campaign: string }>[];
  /** Facts of official text that staff corrected, each listed on /about/: the `corrections` of notices, calls and tables. */
  corrections: Entry<RecordedCorrection & { campaign: string }>[];
  sources: SourceText[];
  sourceMaps: Entry<SourceMapPart>[];
  /** The search vocabulary (content/vocabulary/*.json), entries in file order. */
  vocabulary: Entry<VocabularyEntry>[];
  /**
   * Ids of items whose file failed to parse or validate. They are reported already;
   * references to them are not reported again as "does not exist".
   */
  invalid: Set<string>;
  /**
   * Units files whose units could not be read at all (the JSON does not parse, or is not a list of
   * units with ids). Their ids are unknown, so a reference to a missing unit may be one of theirs:
   * such references are folded into one line under the file's own error.
   */
  brokenUnitFiles?: string[];
}

export interface LoadOptions {
  /** Project root; files are named relative to it in messages. */
  root: string;
  /** content/ directory (default root/content). */
  contentDir?: string;
  /**
   * Folders laid out like content/ whose files are added to it as sample data (a sample year, sample
   * reports): tests/fixtures/… only. A build that reads any says 示例数据 on every page.
   */
  sampleDirs?: readonly string[];
}

function check<T>(
  schema: ZodType<T, ZodTypeDef, unknown>,
  value: unknown,
  file: string,
  parsed: Parsed,
  at: PathSegment[],
  issues: ContentIssue[],
): T | undefined {
  const result = parseFriendly(schema, value);
  if (result.success) return result.data;
  issues.push(...zodIssuesToContentIssues(file, value, result.error.issues, parsed.line, at));
  return undefined;
}

interface FoundFile {
  full: string;
  /** Relative to the project root, `/` separators: how messages name it. */
  file: string;
  /** Where it stands inside its content folder (`campaigns/2019/plans/x.json`). */
  place: string;
  kind: Exclude<FileKind, 'readme'>;
  campaign?: string;
  stem: string;
  sample: boolean;
}

/** Every file under a content folder, placed; what has no place is reported. */
function scan(dir: string, rel: (p: string) => string, sample: boolean, issues: ContentIssue[]): FoundFile[] {
  const out: FoundFile[] = [];
  const walk = (current: string, inside: string) => {
    let entries: Dirent[];
    try {
      // With their types: one stat per file would cost more than reading 20,000 reports' names.
      entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const full = join(current, name);
      const path = inside ? `${inside}/${name}` : name;
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) {
        walk(full, path);
        continue;
      }
      const place = placeFile(path);
      if (place.kind === 'readme') continue;
      if (place.kind === 'misplaced') {
        issues.push({ file: rel(full), path: '', expected: place.expected, found: '本站不读取放在这里的文件（请移到正确的位置，或删除）' });
        continue;
      }
      out.push({ full, file: rel(full), place: path, kind: place.kind, campaign: place.campaign, stem: place.stem, sample });
    }
  };
  walk(dir, '');
  return out;
}

/** A per-year item's `campaign`, where the file still states one, must be its folder's year. */
function campaignAgrees(f: FoundFile, data: { campaign?: string }, line: Parsed['line'], at: PathSegment[], issues: ContentIssue[]): boolean {
  if (data.campaign === undefined || data.campaign === f.campaign) return true;
  issues.push({
    file: f.file,
    line: line([...at, 'campaign']),
    path: [...at, 'campaign'].map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '['),
    expected: `与所在文件夹的年份一致：${f.campaign}（也可以不写这一项）`,
    found: JSON.stringify(data.campaign),
  });
  return false;
}

/** Kinds whose sample files stand apart from content/'s own instead of adding to them. */
const SAMPLE_NAMESPACE = new Set<FileKind>(['progress', 'results', 'record']);

/** Loads every collection of content/ (and any sample folders), validating each file against its schema. */
export function loadContent(opts: LoadOptions): { content: ContentSet; issues: ContentIssue[] } {
  const contentDir = opts.contentDir ?? join(opts.root, 'content');
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
    results: [],
    records: [],
    repairs: [],
    corrections: [],
    sources: [],
    sourceMaps: [],
    vocabulary: [],
    invalid: new Set(),
    brokenUnitFiles: [],
  };

  const files = [contentDir, ...(opts.sampleDirs ?? [])].flatMap((dir, i) => scan(dir, rel, i > 0, issues));
  // A site needs its unit tree and at least one campaign year: without them every page would fail
  // to build, so the check says so first (a folder deleted by mistake, PORTAL_CONTENT_DIR mistyped).
  if (!existsSync(contentDir))
    issues.push({ file: rel(contentDir), path: '', expected: '内容文件夹（content/）', found: '找不到这个文件夹' });
  else {
    if (!files.some((f) => f.kind === 'units'))
      issues.push({ file: `${rel(join(contentDir, 'units'))}/`, path: '', expected: '单位名单：units/ 下至少一个 <名称>.json，其中有没有上级的全国一级', found: '没有单位名单' });
    if (!files.some((f) => f.kind === 'campaign'))
      issues.push({ file: `${rel(join(contentDir, 'campaigns'))}/`, path: '', expected: '至少一年的活动：campaigns/<年份>/campaign.json', found: '没有活动年份' });
  }
  // A sample folder adds files; it never stands in for one of content/'s own. Sample reports and
  // sample results are a namespace of their own (rules compare them with each other only, and a
  // year that has any shows only them), so they may share a place.
  const byPlace = new Map<string, FoundFile>();
  for (const f of files) {
    const key = SAMPLE_NAMESPACE.has(f.kind) && f.sample ? `sample:${f.place}` : f.place;
    const first = byPlace.get(key);
    if (first)
      issues.push({ file: f.file, path: '', expected: `示例数据只能增加文件，不能替换 ${first.file}`, found: '与正式内容同名的文件' });
    else byPlace.set(key, f);
  }

  const readJson = (f: FoundFile) => {
    const text = readFileSync(f.full, 'utf8');
    const parsed = parseStructured(text, f.file, 'json', 0, issues);
    if (parsed) noteFormat(f, text, parsed.data);
    return parsed;
  };
  /**
   * A file typed by hand in another layout than /admin/ writes (quotes, key order, line breaks) is
   * correct content: a warning, so its next save in /admin/ is not a diff of every line.
   */
  const noteFormat = (f: FoundFile, text: string, json?: unknown) => {
    if (f.sample || !isEdited(f.kind)) return;
    const format = EDITED_FILES[f.kind].format;
    let same = true;
    try {
      // A JSON file's value as the check parsed it: 20,000 reports a year are not parsed twice.
      same = format.write(json !== undefined && format.fromJson ? format.fromJson(json) : format.read(text)) === text;
    } catch {
      return; // a file that does not parse has its own message
    }
    if (!same)
      issues.push({
        file: f.file,
        path: '',
        severity: 'warning',
        rule: 'editorFormat',
        expected: '内容编辑页面（/admin/）保存文件的写法',
        found: `写法不同（内容没有问题，网站照常生成）：运行 npm run tidy 整理（只改写法，不改内容），以后在 /admin/ 保存时只改动真正改了的几行`,
      });
  };
  const year = (f: FoundFile) => f.campaign as string;

  for (const f of byPlace.values()) {
    try {
      loadFile(f);
    } catch (e) {
      // Nothing in a file should reach here; if something does, it is still one plain message on it.
      issues.push({ file: f.file, path: '', expected: '网站能读取的文件', found: `读取时出错（${errorName(e)}），请把这条提示告诉网站维护人员` });
      content.invalid.add(f.kind === 'subproject' ? `${f.campaign}/${f.stem}` : f.stem);
      if (f.kind === 'units') content.brokenUnitFiles?.push(f.file);
    }
  }
  return { content, issues };

  /** A file's recorded corrections, each with the notice whose text it corrects (the file's). */
  function recordCorrections(e: Entry<{ campaign: string; corrections?: Correction[] }>, notice: string): void {
    e.data.corrections?.forEach((r, i) =>
      content.corrections.push({ file: e.file, at: ['corrections', i], id: `${e.file}#${i}`, data: { ...r, campaign: e.data.campaign, notice }, line: e.line, sample: e.sample }),
    );
  }

  function loadFile(f: FoundFile): void {
    switch (f.kind) {
      case 'units': {
        const parsed = readJson(f);
        const data = parsed && check(unitsFileSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data) {
          data.forEach((u, i) => content.units.push({ file: f.file, at: [i], id: u.id, data: u, line: parsed.line, sample: f.sample }));
          break;
        }
        // Reported already; the ids it holds are not "missing" elsewhere. When they cannot all be
        // read, references to unknown units are not reported one by one (see brokenUnitFiles).
        const items = parsed && Array.isArray(parsed.data) ? (parsed.data as unknown[]) : undefined;
        const ids = items?.map((item) => (item as { id?: unknown } | null)?.id);
        for (const id of ids ?? []) if (typeof id === 'string') content.invalid.add(id);
        if (!ids || ids.some((id) => typeof id !== 'string')) content.brokenUnitFiles?.push(f.file);
        break;
      }
      case 'vocabulary': {
        const parsed = readJson(f);
        const data = parsed && check(vocabularyFileSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data) data.forEach((v, i) => content.vocabulary.push({ file: f.file, at: [i], id: `${f.stem}/${i}`, data: v, line: parsed.line, sample: f.sample }));
        break;
      }
      case 'campaign': {
        const parsed = readJson(f);
        const data = parsed && check(campaignSchema, parsed.data, f.file, parsed, [], issues);
        if (!parsed || !data) {
          content.invalid.add(year(f));
          break;
        }
        if (data.id !== year(f))
          issues.push({ file: f.file, line: parsed.line(['id']), path: 'id', expected: `与所在文件夹的年份一致：${year(f)}`, found: JSON.stringify(data.id) });
        else if (data.year !== Number(data.id))
          issues.push({ file: f.file, line: parsed.line(['year']), path: 'year', expected: `与 id 一致：${data.id}`, found: String(data.year) });
        else content.campaigns.push({ file: f.file, at: [], id: data.id, data, line: parsed.line, sample: f.sample });
        break;
      }
      case 'source':
        content.sources.push({ file: f.file, campaign: year(f), name: f.stem, text: readFileSync(f.full, 'utf8') });
        break;
      case 'repairs': {
        const parsed = readJson(f);
        const data = parsed && check(repairsFileSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data)
          data.forEach((r, i) =>
            content.repairs.push({ file: f.file, at: [i], id: `${year(f)}/${i}`, data: { ...r, campaign: year(f) }, line: parsed.line, sample: f.sample }),
          );
        break;
      }
      case 'sourceMap': {
        const parsed = readJson(f);
        const data = parsed && check(sourceMapSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data)
          data.forEach((p, i) =>
            content.sourceMaps.push({ file: f.file, at: [i], id: `${year(f)}/${f.stem}/${i}`, data: { ...p, campaign: year(f), source: f.stem }, line: parsed.line, sample: f.sample }),
          );
        break;
      }
      case 'plan': {
        const parsed = readJson(f);
        const data = parsed && check(planSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data && campaignAgrees(f, data, parsed.line, [], issues)) {
          const entry = { file: f.file, at: [], id: f.stem, data: { ...data, campaign: year(f) }, line: parsed.line, sample: f.sample };
          content.plans.push(entry);
          recordCorrections(entry, data.notice);
        } else content.invalid.add(f.stem);
        break;
      }
      case 'timeline': {
        const parsed = readJson(f);
        const data = parsed && check(timelineFileSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data)
          data.forEach((t, i) => {
            if (campaignAgrees(f, t, parsed.line, [i], issues))
              content.timeline.push({ file: f.file, at: [i], id: t.id, data: { ...t, campaign: year(f) }, line: parsed.line, sample: f.sample });
          });
        break;
      }
      case 'progress': {
        const parsed = readJson(f);
        if (!parsed) break;
        const data = check(progressSchema, parsed.data, f.file, parsed, [], issues);
        // The id is the file's place under progress/: <unit>/<asOf>; a rule checks it matches.
        if (data && campaignAgrees(f, data, parsed.line, [], issues))
          content.progress.push({ file: f.file, at: [], id: f.stem, data: { ...data, campaign: year(f) }, line: parsed.line, sample: f.sample });
        break;
      }
      case 'results': {
        const parsed = readJson(f);
        const data = parsed && check(callResultsSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data && campaignAgrees(f, data, parsed.line, [], issues))
          content.results.push({ file: f.file, at: [], id: f.stem, data: { ...data, campaign: year(f) }, line: parsed.line, sample: f.sample });
        break;
      }
      case 'record': {
        const parsed = readJson(f);
        const data = parsed && check(yearRecordSchema, parsed.data, f.file, parsed, [], issues);
        if (parsed && data && campaignAgrees(f, data, parsed.line, [], issues))
          content.records.push({ file: f.file, at: [], id: year(f), data: { ...data, campaign: year(f) }, line: parsed.line, sample: f.sample });
        break;
      }
      case 'notice':
      case 'subproject': {
        const raw = readFileSync(f.full, 'utf8');
        noteFormat(f, raw);
        const text = raw.replace(/^\uFEFF/, '');
        const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
        const invalidKey = f.kind === 'notice' ? f.stem : `${year(f)}/${f.stem}`;
        if (!m) {
          issues.push({ file: f.file, line: 1, path: '', expected: '以 --- 开头、以 --- 结束的文件头（front matter）', found: '没有文件头' });
          content.invalid.add(invalidKey);
          break;
        }
        const parsed = parseStructured(m[1] ?? '', f.file, 'yaml', 1, issues);
        // The file name is the page's address: said whatever else is wrong, with the name its 文号 gives.
        const docNumber = (parsed?.data as { docNumber?: unknown } | null | undefined)?.docNumber;
        const badName = fileNameProblem(f.kind, f.stem, typeof docNumber === 'string' ? docNumber : undefined);
        if (badName) issues.push({ file: f.file, line: 1, path: '', ...badName });
        const schema = (f.kind === 'notice' ? noticeSchema : subprojectSchema) as ZodType<Notice | Subproject, ZodTypeDef, unknown>;
        const data = parsed && check(schema, parsed.data, f.file, parsed, [], issues);
        if (!parsed || !data || !campaignAgrees(f, data, parsed.line, [], issues) || badName) {
          content.invalid.add(invalidKey);
          // Other files name the notice by the id it should have: they are not wrong to.
          if (badName && f.kind === 'notice') {
            content.invalid.add(f.stem.toLowerCase());
            if (typeof docNumber === 'string') content.invalid.add(noticeIdFor(docNumber) ?? f.stem);
          }
          break;
        }
        const entry = {
          file: f.file,
          at: [],
          id: f.stem,
          line: parsed.line,
          sample: f.sample,
          body: text.slice(m[0].length),
          bodyLine: lineAt(text, m[0].length),
          path: f.full,
        };
        if (f.kind === 'notice') {
          const notice = { ...entry, data: { ...(data as Notice), campaign: year(f) } };
          content.notices.push(notice);
          recordCorrections(notice, notice.id);
        } else {
          const call = { ...entry, data: { ...(data as Subproject), campaign: year(f) } };
          content.subprojects.push(call);
          recordCorrections(call, call.data.notice);
        }
        break;
      }
    }
  }
}

/** An unexpected error's kind, for the maintainers; never its stack. */
function errorName(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]?.slice(0, 120)}` : String(e).slice(0, 120);
}
