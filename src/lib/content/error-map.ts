// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import {
  defaultErrorMap,
  getErrorMap,
  type ZodErrorMap,
  type ZodIssueOptionalMessage,
  type SafeParseReturnType,
  type ZodType,
  type ZodTypeDef,
} from 'zod';

/**
 * Zod's messages in the words union staff read, given through Zod's own error map (as Starlight's
 * utils/error-map.ts does), so no message depends on how Zod words its English: the map reads each
 * issue's code and figures, never its text. A message a schema writes itself (`{ message: '…' }`,
 * `invalid_type_error`) wins. Runs in the browser too (the /report/ form): zod only, no Node.
 */

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  nan: '数字',
  integer: '整数',
  bigint: '整数',
  boolean: 'true 或 false',
  object: '一组字段 { … }',
  array: '列表 [ … ]',
  date: '日期',
  null: '空值 null',
  undefined: '（缺少此项）',
};

const typeName = (t: string) => TYPE_NAMES[t] ?? t;

const quoted = (values: readonly unknown[]) => values.map((o) => JSON.stringify(o)).join('、');

/** What Zod itself would say about an issue: its English default, or a map set for the whole process. */
function zodsOwnMessages(issue: ZodIssueOptionalMessage): string[] {
  const own = defaultErrorMap(issue, { data: undefined, defaultError: '' }).message;
  const global = getErrorMap();
  return global === defaultErrorMap ? [own] : [own, global(issue, { data: undefined, defaultError: own }).message];
}

/** The Chinese "expected" for an issue, from its code and figures. */
function chinese(issue: ZodIssueOptionalMessage): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return `必填项：${typeName(issue.expected)}`;
      return typeName(issue.expected);
    case 'invalid_literal':
      return `固定值 ${JSON.stringify(issue.expected)}`;
    case 'unrecognized_keys':
      return `只能使用本类内容规定的字段；不认识：${issue.keys.join('、')}（检查拼写）`;
    case 'invalid_enum_value':
    case 'invalid_union_discriminator':
      return `以下之一：${quoted(issue.options)}`;
    case 'too_small': {
      const min = issue.type === 'date' ? new Date(Number(issue.minimum)).toISOString().slice(0, 10) : String(issue.minimum);
      if (issue.type === 'array' || issue.type === 'set') return issue.exact ? `正好 ${min} 项` : `至少 ${min} 项`;
      if (issue.type === 'string') return issue.exact ? `正好 ${min} 个字` : issue.minimum === 1 ? '不能为空的文字' : `至少 ${min} 个字`;
      if (issue.type === 'date') return `不早于 ${min} 的日期`;
      return issue.exact ? `等于 ${min}` : issue.inclusive ? `不小于 ${min} 的数` : `大于 ${min} 的数`;
    }
    case 'too_big': {
      const max = issue.type === 'date' ? new Date(Number(issue.maximum)).toISOString().slice(0, 10) : String(issue.maximum);
      if (issue.type === 'array' || issue.type === 'set') return issue.exact ? `正好 ${max} 项` : `至多 ${max} 项`;
      if (issue.type === 'string') return issue.exact ? `正好 ${max} 个字` : `至多 ${max} 个字`;
      if (issue.type === 'date') return `不晚于 ${max} 的日期`;
      return issue.exact ? `等于 ${max}` : issue.inclusive ? `不大于 ${max}` : `小于 ${max}`;
    }
    case 'invalid_union': {
      // Say what the closest alternative wanted, rather than "did not match any".
      for (const err of issue.unionErrors) {
        const first = err.issues[0];
        if (first && first.code !== 'invalid_type') return friendlyMessage(first, first.message);
      }
      const first = issue.unionErrors[0]?.issues[0];
      return first ? friendlyMessage(first, first.message) : '符合格式的值';
    }
    case 'invalid_string':
      if (issue.validation === 'email') return '电子邮箱地址，如 name@example.com';
      if (issue.validation === 'url') return '以 http:// 或 https:// 开头的网址';
      return '符合格式的文字';
    case 'invalid_date':
      return '存在的日期';
    case 'not_multiple_of':
      return `${String(issue.multipleOf)} 的整数倍`;
    case 'not_finite':
      return '有限的数';
    case 'invalid_intersection_types':
    case 'invalid_arguments':
    case 'invalid_return_type':
    case 'custom':
      return '符合要求的值';
  }
}

/**
 * The message for an issue: `current` when a schema wrote it, else the Chinese one. Also used on
 * issues parsed without the map (zodIssuesToContentIssues), which is why it is exported.
 */
export function friendlyMessage(issue: ZodIssueOptionalMessage, current: string | undefined): string {
  if (current !== undefined && current !== '' && !zodsOwnMessages(issue).includes(current)) return current;
  return chinese(issue);
}

/** Zod's error map: pass it to `safeParse(value, { errorMap })`. */
export const friendlyErrorMap: ZodErrorMap = (issue, ctx) => ({ message: friendlyMessage(issue, ctx.defaultError) });

/** A schema's safeParse with the friendly error map. */
export function parseFriendly<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): SafeParseReturnType<unknown, T> {
  return schema.safeParse(value, { errorMap: friendlyErrorMap });
}
