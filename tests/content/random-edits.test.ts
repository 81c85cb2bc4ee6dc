import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { ZodTypeAny } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssues, validateContent } from '../../src/lib/content';
import { placeFile } from '../../src/lib/content/layout';
import { YAML_OPTIONS } from '../../src/lib/content/parse';
import { campaignSchema, noticeSchema, planSchema, repairsFileSchema, subprojectSchema, timelineFileSchema, unitsFileSchema } from '../../src/schemas';
import { COMPONENTS, SITE_CONTENT } from './helpers';

/**
 * Random edits to the real content files, the way a careless or hostile pull request makes them:
 * a value of another type, a key removed, renamed or added, an item repeated, a stray character in
 * JSON or YAML, a hostile snippet or stray markup in an MDX body. Whatever the edit, the check
 * never throws, never prints a stack trace or an engine's English error, names the edited file
 * whenever the schema rejects it (or its text does not parse), and points at a line that exists.
 *
 * Fixed seed; RUNS edits, each validating the whole content set (about 50–100 ms): a few seconds.
 * For a longer search: FC_RUNS=5000 FC_SEED=1 npx vitest run tests/content/random-edits.test.ts
 */
const SEED = Number(process.env.FC_SEED ?? 20190529);
const RUNS = Number(process.env.FC_RUNS ?? 60);

const root = mkdtempSync(join(tmpdir(), 'portal-random-edits-'));
cpSync(SITE_CONTENT, join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SCHEMAS: Partial<Record<string, ZodTypeAny>> = {
  units: unitsFileSchema,
  campaign: campaignSchema,
  repairs: repairsFileSchema,
  plan: planSchema,
  timeline: timelineFileSchema,
  notice: noticeSchema,
  subproject: subprojectSchema,
};

interface ContentFile {
  file: string;
  full: string;
  kind: string;
  text: string;
}

const FILES: ContentFile[] = (() => {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(join(root, 'content'), full).split(sep).join('/');
        const kind = placeFile(rel).kind;
        if (SCHEMAS[kind]) out.push({ file: `content/${rel}`, full, kind, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(join(root, 'content'));
  return out;
})();

/** What an engine or a crash says; our own fallbacks for an unexpected error are in the list too. */
const RUNTIME_WORDS =
  /Maximum call stack|Cannot read propert|Cannot convert|is not a function|is not iterable|is not defined|Unexpected token|TypeError|RangeError|ReferenceError|\[object Object\]|读取时出错|检查规则 .* 出错/;
const STACK_FRAME = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every place in a value: the paths of all its nodes. */
function pathsOf(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

const text = fc.string({ unit: fc.constantFrom(...'泉州工会网民 abc-/:0123456789"\'{}<>'.split('')), maxLength: 12 });
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constantFrom('2019-02-30', '0x1F', '', 'fujian/quanzhou/jinjang', 'national'),
  fc.array(text, { maxLength: 3 }),
);

type Edit =
  | { kind: 'replace'; value: Json }
  | { kind: 'remove' }
  | { kind: 'rename'; to: string }
  | { kind: 'add'; key: string; value: Json }
  | { kind: 'repeat' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: anyValue }),
  fc.constant({ kind: 'remove' as const }),
  fc.record({ kind: fc.constant('rename' as const), to: fc.constantFrom('titel', 'activites', 'Unit', 'id ', '名称') }),
  fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('extra', 'campaign', 'id', 'notes'), value: anyValue }),
  fc.constant({ kind: 'repeat' as const }),
);

/** The value with one edit at one place (a copy). */
function applyEdit(value: Json, path: Path, e: Edit): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return e.kind === 'replace' ? e.value : copy;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k] as Json, copy);
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (e.kind === 'replace') parent[key] = e.value;
    else if (e.kind === 'remove') parent.splice(key, 1);
    else if (e.kind === 'repeat') parent.splice(key, 0, structuredClone(parent[key] as Json));
  } else if (parent && typeof parent === 'object' && !Array.isArray(parent) && typeof key === 'string') {
    const obj = parent as Record<string, Json>;
    if (e.kind === 'replace') obj[key] = e.value;
    else if (e.kind === 'remove') delete obj[key];
    else if (e.kind === 'rename') {
      obj[e.to] = obj[key] as Json;
      delete obj[key];
    } else if (e.kind === 'add') obj[e.key] = e.value;
  }
  return copy;
}

/** Front matter and body of an MDX file. */
function splitMdx(source: string): { front: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source)!;
  return { front: m[1]!, body: source.slice(m[0].length) };
}

const HOSTILE = [
  "{import('node:fs').then((fs) => fs.writeFileSync('/tmp/x', 'x'))}",
  '本站：{"x" + process.cwd()}',
  'import fs from "node:fs"',
  'export const x = 1',
  '<script src="https://evil.example/x.js"></script>',
  '<img src="x.png" onerror="alert(1)" />',
  '<span onClick="alert(1)">x</span>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '![x](data:text/html;base64,PHNjcmlwdD4=)',
  '<Foo />',
  '<iframe src="https://evil.example/" />',
  '<Note title={1}>x</Note>',
  '<div>未闭合',
  '一个 { 花括号',
  '<!-- 注释 -->',
  `${'>'.repeat(200)} 很深的引用`,
  `${'<span>'.repeat(60)}x${'</span>'.repeat(60)}`,
];

type Mutation =
  | { on: 'data'; path: number; edit: Edit }
  | { on: 'text'; at: number; insert: string; remove: number }
  | { on: 'hostile'; at: number; snippet: string }
  | { on: 'body'; at: number; insert: string };

const STRAY_JSON = [',', '{', '}', '[', ']', '"', ':', '\n', 'x', '\\', '0x1F', '1e3', '-', '[[[[[[', '['.repeat(3000)];
const STRAY_YAML = [': ', '- ', '"', "'", '\t', '{', '[', 'order: 0x1F\n', 'no: 1e3\n', '&a ', '*a', '!!binary ', '%YAML 1.1\n', '---\n', '#', '\n  x', '['.repeat(3000)];
const STRAY_MDX = ['<', '{', '}', '`', '[', ']', '(', ')', '!', '&', '#', '*', '_', '\\', '\n\n', '<Note>', '</Note>', '<br>', '|'];

const mutation = (f: ContentFile): fc.Arbitrary<Mutation> => {
  const isMdx = f.kind === 'notice' || f.kind === 'subproject';
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({ on: fc.constant('data' as const), path: fc.nat(), edit }),
    fc.record({
      on: fc.constant('text' as const),
      at: fc.nat(),
      insert: fc.constantFrom(...(isMdx ? STRAY_YAML : STRAY_JSON), ''),
      remove: fc.nat({ max: 3 }),
    }),
  ];
  if (isMdx)
    options.push(
      fc.record({ on: fc.constant('hostile' as const), at: fc.nat(), snippet: fc.constantFrom(...HOSTILE) }),
      fc.record({ on: fc.constant('body' as const), at: fc.nat(), insert: fc.constantFrom(...STRAY_MDX) }),
    );
  return fc.oneof(...options);
};

interface Edited {
  text: string;
  /** The data the file now holds when it still parses, for the schema's own verdict. */
  data?: unknown;
  /** True when the text no longer parses as JSON or YAML. */
  unreadable?: boolean;
  hostile?: boolean;
}

function mutate(f: ContentFile, m: Mutation): Edited {
  const isMdx = f.kind === 'notice' || f.kind === 'subproject';
  const { front, body } = isMdx ? splitMdx(f.text) : { front: f.text, body: '' };
  const assemble = (fm: string, b: string) => (isMdx ? `---\n${fm}\n---\n${b}` : fm);
  const readFront = (fm: string): { data?: unknown; unreadable?: boolean } => {
    try {
      // YAML as the content rules read it: numbers in decimal only (0x1F, 1e3 stay text).
      return { data: isMdx ? parseYaml(fm, YAML_OPTIONS) : JSON.parse(fm) };
    } catch {
      return { unreadable: true };
    }
  };
  switch (m.on) {
    case 'data': {
      const data = (isMdx ? parseYaml(front, YAML_OPTIONS) : JSON.parse(front)) as Json;
      const places = pathsOf(data);
      const edited = applyEdit(data, places[m.path % places.length]!, m.edit);
      const fm = isMdx ? stringifyYaml(edited).trimEnd() : `${JSON.stringify(edited, null, 2)}\n`;
      return { text: assemble(fm, body), ...(isMdx ? readFront(fm) : { data: structuredClone(edited) }) };
    }
    case 'text': {
      const at = m.at % (front.length + 1);
      const fm = front.slice(0, at) + m.insert + front.slice(at + m.remove);
      // A stray `---` line ends the front matter early: what the file then holds is not this text's data.
      if (isMdx && /(^|\n)---/.test(fm)) return { text: assemble(fm, body) };
      return { text: assemble(fm, body), ...readFront(fm) };
    }
    case 'hostile': {
      // As a paragraph of its own, between two paragraphs, where nothing can make it literal text.
      const breaks = [...body.matchAll(/\n\n/g)].map((x) => x.index);
      const at = breaks.length > 0 ? breaks[m.at % breaks.length]! : body.length;
      return { text: assemble(front, `${body.slice(0, at)}\n\n${m.snippet}\n\n${body.slice(at)}`), data: readFront(front).data, hostile: true };
    }
    case 'body': {
      const at = m.at % (body.length + 1);
      return { text: assemble(front, body.slice(0, at) + m.insert + body.slice(at)), data: readFront(front).data };
    }
  }
}

describe('random edits to real content files', () => {
  it(`never crash the check, always name the file, and agree with the schema (${RUNS} edits, seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.nat({ max: FILES.length - 1 }).chain((i) => fc.tuple(fc.constant(i), mutation(FILES[i]!))),
        ([i, m]) => {
          const f = FILES[i]!;
          const edited = mutate(f, m);
          writeFileSync(f.full, edited.text);
          try {
            let result: ReturnType<typeof validateContent> | undefined;
            expect(() => (result = validateContent({ root, today: '2026-11-24', componentsDir: COMPONENTS }))).not.toThrow();
            const { issues } = result!;
            const printed = formatIssues(issues);
            expect(printed).not.toMatch(RUNTIME_WORDS);
            expect(printed).not.toMatch(STACK_FRAME);
            const lines = edited.text.split('\n').length;
            for (const issue of issues) {
              expect(issue.file, printed).toMatch(/^content\/\S/);
              if (issue.file === f.file && issue.line !== undefined) expect(issue.line, printed).toBeLessThanOrEqual(lines);
            }
            const onFile = issues.some((x) => x.file === f.file);
            const schema = SCHEMAS[f.kind]!;
            if (edited.unreadable || (edited.data !== undefined && !schema.safeParse(edited.data).success)) expect(onFile, `${f.file} ${JSON.stringify(m)}\n${printed}`).toBe(true);
            if (edited.hostile) expect(issues.some((x) => x.file === f.file && x.path === '正文'), `${JSON.stringify(m)}\n${printed}`).toBe(true);
          } finally {
            writeFileSync(f.full, f.text);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
