import { isNode, parseDocument, visit, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { ContentIssue, PathSegment } from './issues';
import { jsonCause, yamlCauses, YAML_ERROR_WORDS, type SyntaxProblem } from './syntax-words';

/**
 * JSON files and YAML front matter, read into data that knows the line of each value. Whatever a
 * text holds, the answer is data or issues in Chinese with a line: never an exception, never a
 * stack overflow (nesting is limited before a parser recurses), never a number written in a base
 * other than ten.
 */

export interface Parsed {
  data: unknown;
  line: (path: readonly PathSegment[]) => number | undefined;
}

/** Deeper than any content file needs (they nest 4 levels), far below what overflows a parser. */
export const MAX_NESTING = 100;

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Tags that read numbers other than plain decimals: 0x1F, 0o17, 1e3, .inf, .nan (and YAML 1.1's 0b1, 1:30). */
const NON_DECIMAL = ['0x1F', '0o17', '0b1', '1e3', '1:30', '.inf', '.nan'];

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  uniqueKeys: true,
  version: '1.2',
  // Such a value stays the text it is, so the schema says "数字" and shows what was written.
  customTags: (tags) =>
    tags.filter((t) => typeof t === 'string' || !('test' in t) || !t.test || !NON_DECIMAL.some((s) => (t.test as RegExp).test(s))),
};

/**
 * Where a text nests deeper than MAX_NESTING, counting brackets outside strings and, for YAML,
 * indentation and `- ` markers too (each block level needs one more of either).
 */
function tooDeep(text: string, kind: 'json' | 'yaml'): number | undefined {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && kind === 'yaml' && quote === "'") lineStart = true;
      continue;
    }
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (kind === 'yaml' && lineStart) {
      if (c === ' ' || ((c === '-' || c === '?') && text[i + 1] === ' ')) {
        indent++;
        if (indent + depth > MAX_NESTING) return i;
        continue;
      }
      lineStart = false;
    }
    if (kind === 'yaml' && c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    // In YAML a quote starts a string only where a value starts (not in "It's").
    if (c === '"' || c === "'") {
      if (kind === 'json' ? c === '"' : i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = c;
    }
    else if (c === '[' || c === '{') {
      depth++;
      if (depth + indent > MAX_NESTING) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

type JsonWant = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';
/** Where the grammar breaks, what stands there, what the grammar wanted, and for a fault in a string, where the string began. */
type JsonFault = { offset: number; found: string; want?: JsonWant; stringStart?: number };

/**
 * Where a JSON text first breaks the grammar, and what stands there. Used when JSON.parse names no
 * position ("Unexpected token …", "Unexpected end of JSON input"), so the message still has a line.
 */
export function locateJsonError(text: string): JsonFault | undefined {
  const stack: string[] = [];
  const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  let i = 0;
  type Want = JsonWant;
  let want: Want = 'value';
  const after = (): Want => (stack.length > 0 ? 'commaOrClose' : 'end');
  const here = (): JsonFault => ({ offset: i, found: i >= text.length ? '' : text[i]!, want });
  /** Past the string opening at i, or a fault inside it. */
  const string = (): JsonFault | undefined => {
    for (let j = i + 1; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (text[j] === '"') {
        i = j + 1;
        return undefined;
      }
      if (code < 0x20) return { offset: j, found: '换行或控制字符（文字要在同一行内用引号括起来）', stringStart: i };
      if (text[j] === '\\') {
        const e = text[j + 1] ?? '';
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)) : !'"\\/bfnrt'.includes(e) || e === '')
          return { offset: j, found: `\\${e}`, stringStart: i };
        j += e === 'u' ? 5 : 1;
      }
    }
    return { offset: text.length, found: '', stringStart: i };
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return want === 'end' ? undefined : here();
    const c = text[i]!;
    switch (want) {
      case 'value':
      case 'valueOrClose': {
        if (want === 'valueOrClose' && c === ']') {
          stack.pop();
          i++;
          want = after();
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c === '{' ? '}' : ']');
          i++;
          want = c === '{' ? 'keyOrClose' : 'valueOrClose';
          break;
        }
        if (c === '"') {
          const fault = string();
          if (fault) return fault;
          want = after();
          break;
        }
        LITERAL.lastIndex = i;
        const m = LITERAL.exec(text);
        if (!m) return here();
        i += m[0].length;
        want = after();
        break;
      }
      case 'key':
      case 'keyOrClose': {
        if (want === 'keyOrClose' && c === '}') {
          stack.pop();
          i++;
          want = after();
          break;
        }
        if (c !== '"') return here();
        const fault = string();
        if (fault) return fault;
        want = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return here();
        i++;
        want = 'value';
        break;
      case 'commaOrClose':
        if (c === ',') {
          i++;
          want = stack.at(-1) === '}' ? 'key' : 'value';
        } else if (c === stack.at(-1)) {
          stack.pop();
          i++;
          want = after();
        } else return here();
        break;
      case 'end':
        return here();
    }
  }
}

/**
 * A JSON syntax error in our words, where its cause is. The engine's message (English, and for a
 * comma too many it names the next line) is not used: the grammar is walked again to find the spot.
 */
function jsonSyntax(text: string): { line?: number; expected?: string; found: string } {
  if (text.trim() === '') return { line: 1, found: '文件是空的' };
  const fault = locateJsonError(text);
  if (!fault) return { found: '无法解析：不是合法的 JSON' };
  const cause = jsonCause(text, fault);
  return { line: lineAt(text, cause.offset), expected: cause.expected, found: cause.found };
}

/**
 * Parses JSON or YAML text. Both go through the YAML parser (JSON is YAML), which knows where each
 * value stands, so messages can give a line. `lineOffset` is added to every line (front matter
 * starts on the file's second line).
 */
export function parseStructured(
  text: string,
  file: string,
  kind: 'json' | 'yaml',
  lineOffset: number,
  issues: ContentIssue[],
): Parsed | undefined {
  const fail = (line: number | undefined, expected: string, found: string) => {
    issues.push({ file, line: line === undefined ? undefined : line + lineOffset, path: '', expected, found });
    return undefined;
  };
  const syntaxExpected = kind === 'yaml' ? '合法的 YAML 文件头（检查缩进、冒号和引号）' : '合法的 JSON（检查逗号、引号和括号是否成对）';
  const nesting = (at: number | undefined) =>
    fail(at, `括号或缩进嵌套不超过 ${MAX_NESTING} 层`, `嵌套超过 ${MAX_NESTING} 层（检查是否多写了括号或缩进）`);
  const deep = tooDeep(text, kind);
  if (deep !== undefined) return nesting(lineAt(text, deep));
  let json: unknown;
  if (kind === 'json') {
    try {
      json = JSON.parse(text);
    } catch {
      const { line, expected, found } = jsonSyntax(text);
      return fail(line, expected ?? syntaxExpected, found);
    }
    // Valid JSON the YAML parser would refuse only for a key written twice (or one too long to be a
    // key): without either, the data is JSON.parse's and the tree is parsed only if a line is asked
    // for. 20,000 reports a year are read in a fraction of the time.
    if (!jsonKeysNeedYaml(text)) return { data: json, line: lineOf(text, lineOffset) };
  } else if (/^%/m.test(text)) {
    return fail(lineAt(text, text.search(/^%/m)), '文件头里只写字段（不写 % 开头的 YAML 指令）', text.split('\n').find((l) => l.startsWith('%')) ?? '%');
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch (e) {
    // Past tooDeep's count, a parser can still run out of stack on some shape of nesting.
    if (e instanceof RangeError) return nesting(undefined);
    throw e;
  }
  if (doc.errors.some((err) => err.code === 'RESOURCE_EXHAUSTION')) return nesting(lineAt(text, doc.errors[0]?.pos[0] ?? 0));
  if (doc.errors.length > 0) {
    // The usual causes are named on their own line; what the parser says after the first of them
    // is mostly its consequence, and what it says before is said in our words for its code.
    const causes = kind === 'yaml' ? yamlCauses(text, doc.errors.some((e) => e.code === 'MISSING_CHAR')) : [];
    const firstCause = causes[0]?.offset ?? Infinity;
    const said: SyntaxProblem[] = [...causes];
    for (const err of doc.errors) {
      // A key written twice is its own mistake, wherever it stands.
      if (err.pos[0] >= firstCause && err.code !== 'DUPLICATE_KEY') continue;
      const key = err.code === 'DUPLICATE_KEY' ? duplicateKey(text, err.pos[0]) : undefined;
      const found = `无法解析：${key ? `同一个字段 ${key} 写了两次（删去一个，或改正拼错的字段名）` : (YAML_ERROR_WORDS[err.code] ?? YAML_ERROR_WORDS.UNEXPECTED_TOKEN)}`;
      const line = lineAt(text, err.pos[0]);
      if (!said.some((p) => lineAt(text, p.offset) === line && p.found === found))
        said.push({ offset: err.pos[0], expected: kind === 'yaml' ? syntaxExpected : '合法的 JSON', found });
    }
    for (const p of said.sort((a, b) => a.offset - b.offset)) fail(lineAt(text, p.offset), p.expected, p.found);
    return undefined;
  }
  if (kind === 'yaml') {
    // Anchors, aliases and tags (&a, *a, !tag) are YAML's programming features: plain data needs none,
    // and aliases can multiply a small file into a huge one.
    let special: { offset: number; what: string } | undefined;
    visit(doc, {
      Alias(_, node) {
        special ??= { offset: node.range?.[0] ?? 0, what: `*${node.source}` };
        return visit.BREAK;
      },
      Node(_, node) {
        // Parsed nodes carry a tag only when the text wrote one.
        const what = node.anchor ? `&${node.anchor}` : node.tag;
        if (!what) return undefined;
        special ??= { offset: node.range?.[0] ?? 0, what };
        return visit.BREAK;
      },
    });
    if (special) return fail(lineAt(text, special.offset), '只写字段和值（不用 & 锚点、* 引用或 ! 标签）', special.what);
  }
  let data: unknown;
  try {
    data = kind === 'json' ? json : doc.toJS();
  } catch (e) {
    if (e instanceof RangeError) return nesting(undefined);
    throw e;
  }
  return { data, line: lineOf(text, lineOffset) };
}

/**
 * The line of a value, by its path. The syntax tree is only needed to point at a line when
 * something is wrong: it is parsed then, rather than kept for every file (20,000 reports would hold
 * 20,000 trees).
 */
function lineOf(text: string, lineOffset: number): Parsed['line'] {
  let tree: ReturnType<typeof parseDocument> | undefined;
  return (path) => {
    tree ??= parseDocument(text, YAML_OPTIONS);
    const node = path.length === 0 ? tree.contents : tree.getIn(path, true);
    if (!isNode(node) || !node.range) return undefined;
    return lineAt(text, node.range[0]) + lineOffset;
  };
}

/** Longer than YAML allows an implicit key of a flow mapping (1024 characters). */
const LONG_KEY = 1000;

/**
 * Whether a text that JSON.parse accepted has a key written twice in one object, or a key too long
 * for YAML: the cases the YAML parser reports for valid JSON, in its words and with a line.
 */
export function jsonKeysNeedYaml(text: string): boolean {
  const frames: { keys?: Set<string>; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) {
          escaped = true;
          j++;
        } else if (d === 0x22) break;
      }
      const frame = frames.at(-1);
      if (frame?.keys && frame.expectKey) {
        if (j - i > LONG_KEY) return true;
        const raw = text.slice(i + 1, j);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (frame.keys.has(key)) return true;
        frame.keys.add(key);
        frame.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */) frames.push({ keys: new Set(), expectKey: true });
    else if (c === 0x5b /* [ */) frames.push({ expectKey: false });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) frames.pop();
    else if (c === 0x2c /* , */) {
      const frame = frames.at(-1);
      if (frame?.keys) frame.expectKey = true;
    }
  }
  return false;
}

/** The name of a key written twice, from where the parser points (a JSON string or a YAML plain key). */
function duplicateKey(text: string, at: number): string | undefined {
  const rest = text.slice(at, at + 200);
  const quoted = /^"((?:[^"\\\n]|\\.)*)"/.exec(rest);
  const key = quoted ? quoted[1] : /^([^:\n#]+?)\s*:/.exec(rest)?.[1];
  return key && key.length <= 40 ? JSON.stringify(key) : undefined;
}
