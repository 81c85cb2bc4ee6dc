import type { ErrorCode } from 'yaml';

/**
 * Syntax errors in JSON files and YAML front matter, said in Chinese where they are. The parsers'
 * English never reaches staff: each YAML error code has its words here, and the usual causes, which
 * the parsers report a line or two later in words about their grammar (a full-width colon after a
 * field name, a half-width quote inside a quoted value, a tab used to indent, a comma too many or
 * too few in JSON, full-width punctuation in JSON's syntax), are found on their own line and named.
 */

/** A syntax problem at an offset of the text parsed (the caller turns it into a file line). */
export interface SyntaxProblem {
  offset: number;
  expected: string;
  found: string;
}

/** Every error the yaml package can give, in words about a front matter (what is wrong, where to look). */
export const YAML_ERROR_WORDS: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: '引用（* 开头）的前面不能再写锚点或标签',
  BAD_ALIAS: '* 开头的引用写法不对（文件头里不用 * 引用；值里面有 * 的，请用引号括起来）',
  BAD_DIRECTIVE: '% 开头的指令写法不对（文件头里只写字段）',
  BAD_DQ_ESCAPE: '双引号里的反斜杠 \\ 写法不对（要写反斜杠本身，请写两个 \\\\，或改用单引号）',
  BAD_INDENT: '缩进不对：同一层的字段要对齐，下一层的比上一层多缩进两个空格',
  BAD_PROP_ORDER: '锚点（&）或标签（!）的位置不对（文件头里不用这些写法）',
  BAD_SCALAR_START: '值不能以这个符号开头（以 @、`、%、|、> 等开头的值，请用引号括起来）',
  BLOCK_AS_IMPLICIT_KEY: '字段名不能写成多行（可能是上一行少了冒号，或缩进不对）',
  BLOCK_IN_FLOW: '方括号 [ ] 或花括号 { } 里面不能换行写成“- ”列表（检查括号是否成对）',
  DUPLICATE_KEY: '同一个字段写了两次（删去一个，或改正拼错的字段名）',
  IMPOSSIBLE: '文件头无法读取（请把这条提示告诉网站维护人员）',
  KEY_OVER_1024_CHARS: '字段名太长（超过 1024 个字符）：可能是少了冒号，或冒号用了全角的“：”',
  MISSING_CHAR: '少了一个符号：引号或括号没有成对，或冒号后面少了空格',
  MULTILINE_IMPLICIT_KEY: '字段名和它后面的冒号要写在同一行：可能是这一行或上一行少了冒号，或冒号用了全角的“：”',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（文件头里不用 & 锚点）',
  MULTIPLE_DOCS: '文件头中间多了一行 ---',
  MULTIPLE_TAGS: '一个值只能有一个标签（文件头里不用 ! 标签）',
  NON_STRING_KEY: '字段名只能是文字（不能是列表或一组字段）',
  RESOURCE_EXHAUSTION: '嵌套或引用太多，无法读取',
  TAB_AS_INDENT: '缩进用了 Tab 键：只能用空格缩进',
  TAG_RESOLVE_FAILED: '这个值无法按标签读取（文件头里不用 ! 标签）',
  UNEXPECTED_TOKEN: '这里多了不该有的内容：检查引号是否成对、冒号后面是否有空格、缩进是否对齐',
  BAD_COLLECTION_TYPE: '列表或一组字段的写法不对（检查缩进和括号）',
};

const lineStarts = (text: string) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};

/** A line as quoted in a message: trimmed, and short. */
export const quoteLine = (line: string) => {
  const t = line.trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
};

/** Where a double-quoted value on a YAML line closes before the line does, the offset of the quote that closed it. */
function quoteInsideQuotes(line: string): number | undefined {
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return undefined;
    // A quote starts a quoted value only where a value starts; elsewhere it is part of plain text.
    const starts = /(?:^|[:\-[{,?])\s*$/.test(line.slice(0, i));
    if ((c === '"' || c === "'") && starts) {
      let j = i + 1;
      for (; j < line.length; j++) {
        if (c === '"' && line[j] === '\\') j++;
        else if (line[j] === c) {
          if (c === "'" && line[j + 1] === "'") j++;
          else break;
        }
      }
      if (j >= line.length) return undefined; // runs on to the next line: the parser says so
      const rest = line.slice(j + 1);
      if (c === '"' && !/^\s*(?:$|[,\]}:]|#)/.test(rest)) return j;
      i = j + 1;
      continue;
    }
    i++;
  }
  return undefined;
}

/** Where a quoted value opens on a YAML line and is not closed on it, the offset of its opening quote. */
function unclosedQuote(line: string): number | undefined {
  const m = /^(\s*(?:-\s+)?(?:[A-Za-z_][\w-]*:\s+)?)(["'])/.exec(line);
  if (!m) return undefined;
  const q = m[2]!;
  const body = line.slice(m[1]!.length + 1);
  const closed = q === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(body) : /'(?!')/.test(body.replace(/''/g, ''));
  return closed ? undefined : m[1]!.length;
}

/**
 * The usual causes of a YAML syntax error, each on its own line. `unclosed`: the parser found a
 * quote without its pair (a value may run over lines, so an open quote is a cause only then).
 */
export function yamlCauses(text: string, unclosed = false): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  const starts = lineStarts(text);
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    const at = starts[n]!;
    if (line.trim() === '') return;
    const indent = /^[ \t\u3000]*/.exec(line)![0];
    if (indent.includes('\t')) {
      out.push({ offset: at, expected: '只用空格缩进（Tab 键不能用来缩进）', found: `这一行开头用了 Tab 键缩进：请把 Tab 换成空格，与同一层的字段对齐（${quoteLine(line)}）` });
      return;
    }
    if (indent.includes('\u3000')) {
      out.push({ offset: at, expected: '只用半角空格缩进', found: `这一行开头有全角空格：请换成半角空格（${quoteLine(line)}）` });
      return;
    }
    const wide = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*：\s*(.*)$/.exec(line);
    if (wide) {
      const [, lead, key, value] = wide;
      out.push({
        offset: at + lead!.length,
        expected: `字段名后面用半角冒号加一个空格“: ”，写作 ${key}: ${quoteLine(value!)}`.trimEnd(),
        found: `${quoteLine(line)}（${key} 后面是全角冒号“：”）`,
      });
      return;
    }
    const tight = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(?![\s/]|$)(.*)$/.exec(line);
    if (tight) {
      const [, lead, key, value] = tight;
      out.push({ offset: at + lead!.length, expected: `冒号后面留一个空格，写作 ${key}: ${quoteLine(value!)}`, found: `${quoteLine(line)}（冒号后面没有空格）` });
      return;
    }
    const open = unclosed ? unclosedQuote(line) : undefined;
    if (open !== undefined) {
      const q = line[open]!;
      out.push({ offset: at + open, expected: `引号成对：值开头的 ${q} 在值的结尾也要有一个 ${q}`, found: `${quoteLine(line)}（这里开始的引号 ${q} 没有结束）` });
      return;
    }
    const quote = quoteInsideQuotes(line);
    if (quote !== undefined)
      out.push({
        offset: at + quote,
        expected: '用半角双引号 "…" 括起来的值里面，引号用中文引号“”，或写作 \\"',
        found: `${quoteLine(line)}（值里面的半角引号 " 被当作了值的结尾）`,
      });
  });
  return out;
}

/** Full-width punctuation that stands where JSON's own syntax belongs, with the half-width sign to write. */
const FULL_WIDTH_JSON: Readonly<Record<string, [string, string]>> = {
  '，': ['全角逗号', '半角逗号 ,'],
  '：': ['全角冒号', '半角冒号 :'],
  '“': ['中文引号', '半角引号 "'],
  '”': ['中文引号', '半角引号 "'],
  '｛': ['全角花括号', '半角花括号 {'],
  '｝': ['全角花括号', '半角花括号 }'],
  '［': ['全角方括号', '半角方括号 ['],
  '］': ['全角方括号', '半角方括号 ]'],
  '、': ['顿号', '半角逗号 ,'],
};

/** Where JSON's grammar broke (parse.ts, locateJsonError), said as its cause, where the cause is. */
export function jsonCause(
  text: string,
  fault: { offset: number; found: string; want?: string; stringStart?: number },
): SyntaxProblem {
  const expected = '合法的 JSON（检查逗号、引号和括号是否成对）';
  const ch = fault.found;
  let prev = fault.offset - 1;
  while (prev >= 0 && ' \t\r\n'.includes(text[prev]!)) prev--;
  const before = prev >= 0 ? text[prev] : undefined;
  const sameLine = !text.slice(prev + 1, fault.offset).includes('\n');
  if ((ch === '}' || ch === ']') && before === ',' && (fault.want === 'key' || fault.want === 'value'))
    return { offset: prev, expected: '最后一项后面不加逗号', found: `这一行末尾多了一个逗号 ,（后面就是结束的 ${ch}）：请删去这个逗号` };
  const wide = FULL_WIDTH_JSON[ch];
  if (wide) {
    const quoteNote = ch === '“' || ch === '”' ? '（文字里面的中文引号可以照写，但文字外面要用半角引号 " 括起来）' : '';
    return { offset: fault.offset, expected: 'JSON 的符号 , : " { } [ ] 都用半角', found: `这里的 ${ch} 是${wide[0]}，请改成${wide[1]}${quoteNote}` };
  }
  if (fault.want === 'commaOrClose' && /["{[\d\-tfn]/.test(ch))
    return sameLine
      ? { offset: fault.offset, expected: '两项之间用半角逗号 , 隔开', found: `这里少了一个逗号 ,（在 ${ch} 前面）` }
      : { offset: prev, expected: '两项之间用半角逗号 , 隔开', found: '这一行末尾少了一个逗号 ,（下一行还有一项）' };
  if (fault.want === 'colon')
    return { offset: fault.offset, expected: '字段名后面用半角冒号 :', found: `这里应该是冒号 :，写的是 ${JSON.stringify(ch)}` };
  if (fault.stringStart !== undefined && ch.startsWith('换行')) {
    // A string closed with a Chinese quote runs on to the end of the line.
    const inside = text.slice(fault.stringStart, fault.offset);
    const q = /[“”]/.exec(inside.slice(1));
    if (q)
      return {
        offset: fault.stringStart + 1 + q.index,
        expected: '文字用半角引号 "…" 括起来',
        found: `这里用中文引号 ${q[0]} 结束了文字：请改成半角引号 "（文字里面的中文引号可以照写）`,
      };
  }
  if (fault.stringStart !== undefined && ch === '')
    return { offset: fault.stringStart, expected, found: '无法解析：这里开始的引号 " 没有结束的引号' };
  if (ch === '') return { offset: fault.offset, expected, found: '无法解析：文件在这里就结束了（括号或引号没有成对）' };
  return { offset: fault.offset, expected, found: `无法解析：这里不该出现 ${ch.length === 1 ? JSON.stringify(ch) : ch}` };
}
