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
    expect(read('[\n  1,\n]\n', 'json').issues).toEqual(['3 无法解析：这里不该出现 "]"']);
    expect(read('{\n  "a": tru\n}', 'json').issues).toEqual(['2 无法解析：这里不该出现 "t"']);
    expect(read('{\n  "a": [\n', 'json').issues).toEqual(['3 无法解析：文件在这里就结束了（括号或引号没有成对）']);
    expect(read('  \n', 'json').issues).toEqual(['1 文件是空的']);
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
