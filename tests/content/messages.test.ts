import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues } from '../../src/lib/content';
import { friendlyErrorMap, parseFriendly } from '../../src/lib/content/error-map';
import { zodIssuesToContentIssues, type ContentIssue } from '../../src/lib/content/issues';
import { parseStructured } from '../../src/lib/content/parse';
import { CASES } from './cases';
import { validateFixture } from './helpers';

/** Zod saying everything in other words, as a new Zod version might. */
const otherWords: z.ZodErrorMap = (issue) => ({ message: `Zod (${issue.code}) says this differently now` });

afterEach(() => z.setErrorMap(z.defaultErrorMap));

describe('messages do not depend on how Zod words its English', () => {
  // The fixtures whose messages come from the schemas (Zod issues), not from the rules.
  const zodCases = ['wrong-field', 'negative-count', 'several-errors', 'notice-bad-fields', 'subproject-bad-url', 'progress-bad', 'yaml-number-base'];

  it('every schema message of the bad fixtures is the same when Zod words its messages differently', () => {
    const cases = CASES.filter((c) => zodCases.includes(c.name));
    expect(cases).toHaveLength(zodCases.length);
    const before = cases.map((c) => formatIssues(validateFixture(c.name, c.today).issues));
    z.setErrorMap(otherWords);
    const after = cases.map((c) => formatIssues(validateFixture(c.name, c.today).issues));
    expect(after).toEqual(before);
    expect(after.join('\n')).not.toContain('says this differently');
  });

  it('gives Chinese for every kind of issue, through the error map or after it, whatever Zod says', () => {
    const schema = z
      .object({
        count: z.number().int().nonnegative(),
        no: z.number().positive(),
        max: z.number().max(10),
        kind: z.enum(['phase', 'deadline']),
        fixed: z.literal('plan'),
        names: z.array(z.string()).min(1),
        title: z.string().min(1),
        mail: z.string().email(),
        day: z.string().regex(/^\d{4}$/),
        either: z.union([z.number(), z.string().regex(/^x$/)]),
      })
      .strict();
    const data = { count: 1.5, no: 0, max: 11, kind: 'other', fixed: 'notice', names: [], title: '', mail: 'a@', day: '19', either: 'y', extra: 1 };
    const convert = (issues: z.ZodIssue[]) => zodIssuesToContentIssues('f.json', data, issues, () => 1).map((i: ContentIssue) => `${i.path}: ${i.expected}`);
    const expected = [
      'count: 整数',
      'no: 大于 0 的数',
      'max: 不大于 10',
      'kind: 以下之一："phase"、"deadline"',
      'fixed: 固定值 "plan"',
      'names: 至少 1 项',
      'title: 不能为空的文字',
      'mail: 电子邮箱地址，如 name@example.com',
      'day: 符合格式的文字',
      'either: 符合格式的文字',
      'extra: 只能使用本类内容规定的字段；不认识：extra（检查拼写）',
    ];
    for (const words of [z.defaultErrorMap, otherWords]) {
      z.setErrorMap(words);
      const viaMap = parseFriendly(schema, data);
      const plain = schema.safeParse(data);
      if (viaMap.success || plain.success) throw new Error('expected the data to be invalid');
      expect(convert(viaMap.error.issues)).toEqual(expected);
      // Issues parsed without the map (the /report/ form's) get the same words.
      expect(convert(plain.error.issues)).toEqual(expected);
      // And the map's messages are the issues' own, ready for any other reader.
      expect(viaMap.error.issues.map((i) => i.message)).toEqual(expected.map((e) => e.slice(e.indexOf(': ') + 2)));
    }
  });

  it("keeps a schema's own message: check-level ones and invalid_type_error", () => {
    const schema = z.object({ n: z.number({ invalid_type_error: '数字（不加引号）' }).nonnegative({ message: '不小于 0 的整数' }) });
    const r1 = schema.safeParse({ n: 'x' }, { errorMap: friendlyErrorMap });
    const r2 = schema.safeParse({ n: -1 }, { errorMap: friendlyErrorMap });
    const r3 = schema.safeParse({}, { errorMap: friendlyErrorMap });
    expect([r1, r2, r3].map((r) => (r.success ? '' : r.error.issues[0]?.message))).toEqual(['数字（不加引号）', '不小于 0 的整数', '必填项：数字']);
  });
});

describe('a JSON or YAML text that cannot be read gets a line and plain words', () => {
  const read = (text: string, kind: 'json' | 'yaml') => {
    const issues: ContentIssue[] = [];
    const parsed = parseStructured(text, 'f', kind, 0, issues);
    return { parsed, issues: issues.map((i) => `${i.line ?? '-'} ${i.found}`) };
  };

  it('places the JSON errors the engine gives no position for', () => {
    expect(read('[\n  1,\n]\n', 'json').issues).toEqual(['2 这一行末尾多了一个逗号 ,（后面就是结束的 ]）：请删去这个逗号']);
    expect(read('{\n  "a": tru\n}', 'json').issues).toEqual(['2 无法解析：这里不该出现 "t"']);
    expect(read('{\n  "a": [\n', 'json').issues).toEqual(['3 无法解析：文件在这里就结束了（括号或引号没有成对）']);
    expect(read('  \n', 'json').issues).toEqual(['1 文件是空的']);
  });

  it('names the usual JSON mistakes on their own line: a comma too many or too few, full-width punctuation', () => {
    expect(read('{\n  "a": 1,\n  "b": 2,\n}\n', 'json').issues).toEqual(['3 这一行末尾多了一个逗号 ,（后面就是结束的 }）：请删去这个逗号']);
    expect(read('{\n  "a": 1\n  "b": 2\n}\n', 'json').issues).toEqual(['2 这一行末尾少了一个逗号 ,（下一行还有一项）']);
    expect(read('[1 2]', 'json').issues).toEqual(['1 这里少了一个逗号 ,（在 2 前面）']);
    const wide = (t: string) => read(t, 'json').issues[0];
    expect(wide('{\n  "a": 1，\n  "b": 2\n}')).toBe('2 这里的 ， 是全角逗号，请改成半角逗号 ,');
    expect(wide('{\n  "a"： 1\n}')).toBe('2 这里的 ： 是全角冒号，请改成半角冒号 :');
    expect(wide('{\n  “a”: 1\n}')).toMatch(/^2 这里的 “ 是中文引号，请改成半角引号 "/);
    expect(wide('{\n  "a": "x”\n}')).toBe('2 这里用中文引号 ” 结束了文字：请改成半角引号 "（文字里面的中文引号可以照写）');
    expect(wide('｛\n  "a": 1\n｝')).toBe('1 这里的 ｛ 是全角花括号，请改成半角花括号 {');
    expect(wide('{\n  "a": [1［2]\n}')).toBe('2 这里的 ［ 是全角方括号，请改成半角方括号 [');
    expect(wide('{\n  "a": 1,\n  "a": 2\n}')).toBe('3 无法解析：同一个字段 "a" 写了两次（删去一个，或改正拼错的字段名）');
  });

  it('names the usual YAML mistakes on their own line, in front matter that starts on the second line', () => {
    const front = (t: string) => {
      const issues: ContentIssue[] = [];
      parseStructured(t, 'f', 'yaml', 1, issues);
      return issues.map((i) => `${i.line} ${i.expected} | ${i.found}`);
    };
    expect(front('title: 测试\nshortTitle：泉港\nlevel: county\n')).toEqual(['3 字段名后面用半角冒号加一个空格“: ”，写作 shortTitle: 泉港 | shortTitle：泉港（shortTitle 后面是全角冒号“：”）']);
    expect(front('title:泉港\nlevel: county\n')).toEqual(['2 冒号后面留一个空格，写作 title: 泉港 | title:泉港（冒号后面没有空格）']);
    expect(front('level: county\ntitle: "关于"网聚"的通知"\n')).toEqual([
      '3 用半角双引号 "…" 括起来的值里面，引号用中文引号“”，或写作 \\" | title: "关于"网聚"的通知"（值里面的半角引号 " 被当作了值的结尾）',
    ]);
    expect(front('letterhead:\n\tlines: ["a"]\n')).toEqual(['3 只用空格缩进（Tab 键不能用来缩进） | 这一行开头用了 Tab 键缩进：请把 Tab 换成空格，与同一层的字段对齐（lines: ["a"]）']);
    expect(front('a: "abc\nb: 2\n')).toEqual(['2 引号成对：值开头的 " 在值的结尾也要有一个 " | a: "abc（这里开始的引号 " 没有结束）']);
    // Quotes that are fine: Chinese quotes inside, an escaped quote, a quote inside plain text, a list.
    expect(front('a: "关于“网聚”的通知"\nb: "x \\"y\\""\nc: 关于"网聚"\nd: ["x", "y"] # 注释\n')).toEqual([]);
  });

  it('has Chinese words for every error the yaml package gives, and no English reaches a message', async () => {
    const { YAML_ERROR_WORDS } = await import('../../src/lib/content/syntax-words');
    for (const words of Object.values(YAML_ERROR_WORDS)) expect(words.replace(/Tab/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    const broken = [
      'a:\n  b: 1\n c: 2\n',
      'a: 1\na: 2\n',
      'a: "C:\\p"\n',
      'a: [1, 2\n',
      'a: {b: 1\n',
      '- a\nb: 1\n',
      'a: b: c\n',
      'a:\n  - 1\n  b: 2\n',
      'a: @b\n',
      'a: `b`\n',
      '---\na: 1\n---\nb: 2\n',
      `${'k'.repeat(1100)}\n: 1\n`,
      'a: [\n- 1\n]\n',
      '"a\nb": 1\nc\nd: 2\n',
    ];
    for (const text of broken) {
      const { issues } = read(text, 'yaml');
      expect(issues.length, text).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.replace(/Tab|k{10,}/g, ''), text).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('stops deep nesting before the parser does, in JSON and in YAML', () => {
    const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
    expect(read(`{"a": ${deep}}`, 'json').issues).toEqual(['1 嵌套超过 100 层（检查是否多写了括号或缩进）']);
    expect(read(`title: It's fine\nx: ${deep}\n`, 'yaml').issues).toEqual(['2 嵌套超过 100 层（检查是否多写了括号或缩进）']);
    const block = `x:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1\n`;
    expect(read(block, 'yaml').issues).toEqual(['102 嵌套超过 100 层（检查是否多写了括号或缩进）']);
  });

  it('reads YAML numbers in decimal only, and refuses anchors, aliases, tags and directives', () => {
    expect(read('a: 0x1F\nb: 0o17\nc: 1e3\nd: .inf\ne: 31\nf: -1.5\n', 'yaml').parsed?.data).toEqual({ a: '0x1F', b: '0o17', c: '1e3', d: '.inf', e: 31, f: -1.5 });
    expect(read('a: &x 1\nb: *x\n', 'yaml').issues).toEqual(['1 &x']);
    expect(read('a: !!binary aGk=\n', 'yaml').issues).toEqual(['1 tag:yaml.org,2002:binary']);
    expect(read('%YAML 1.1\n---\na: 0x1F\n', 'yaml').issues).toEqual(['1 %YAML 1.1']);
  });
});
