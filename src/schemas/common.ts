// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';

/**
 * Building blocks shared by the collection schemas. Each refinement carries a Chinese
 * message, because the people who read these errors are union staff, not programmers.
 */

/** `YYYY-MM-DD`. YAML front matter may turn an unquoted date into a Date; accept both. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ invalid_type_error: '日期（如 2019-05-29）' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期，格式为 年-月-日，如 2019-05-29' })
    // Only a date in the right form is checked for existence: one message per wrong date, not two.
    .refine((s) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, { message: '存在的日期（检查月份和日子）' }),
);

/** The schema's words for an id that is not one; the content check adds the id meant (src/lib/content/id-hints.ts). */
export const UNIT_ID_MESSAGE = '单位编号：小写拼音或英文，层级之间用 /，如 fujian/quanzhou/jinjiang';
export const SLUG_MESSAGE = '编号：小写字母、数字和连字符，如 zgf-2019-17';

/** Path-like id: lowercase pinyin or English words, `/` between levels. */
export const unitId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, { message: UNIT_ID_MESSAGE });

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: SLUG_MESSAGE });

/** Chinese landline with area code (010-68591637, 0591-87713873) or an 11-digit mobile. */
export const PHONE_PATTERN = /^(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9})$/;
const PHONE_FORMAT = '电话号码：固定电话写作 区号-号码（如 0591-87713873），手机写 11 位数字';

/** Dashes an input method or a word processor puts where a phone's hyphen belongs, by name. */
const DASHES: Record<string, string> = {
  '\uFF0D': '全角连字符“－”',
  '\u2014': '破折号“—”',
  '\u2013': '短破折号“–”',
  '\u2212': '减号“−”',
  '\u2010': '连字符“‐”',
  '\u2011': '连字符“‑”',
  '\uFE63': '小连字符“﹣”',
  '\u30FC': '长音符“ー”',
  '\u4E00': '汉字“一”',
};
const SPACE = /[\s\u3000\u00A0]/;

/**
 * Why a phone number as typed is not one, naming the character that is wrong and the number to
 * write, when changing that character is all it takes (0595－22197569 → 0595-22197569). Undefined
 * when nothing but the format itself can be said.
 */
export function phoneHint(typed: string): string | undefined {
  const said: string[] = [];
  let fixed = typed.trim();
  const dashes = [...new Set([...fixed].filter((ch) => DASHES[ch]))];
  for (const ch of dashes) said.push(`${DASHES[ch]}要改成半角的连字符 -`);
  fixed = [...fixed].map((ch) => (DASHES[ch] ? '-' : ch)).join('');
  if (/[\uFF10-\uFF19]/.test(fixed)) {
    said.push('全角数字要改成半角数字');
    fixed = fixed.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  }
  if (SPACE.test(fixed)) {
    const space = /\u3000/.test(fixed) ? '全角空格' : '空格';
    // A space between area code and number stands for the hyphen; anywhere else it goes.
    const between = /^(0\d{2,3})[\s\u3000\u00A0]+(\d{7,8})$/.exec(fixed);
    if (between) {
      said.push(`区号和号码之间用半角连字符 -，不用${space}`);
      fixed = `${between[1]}-${between[2]}`;
    } else {
      said.push(`号码中间不留${space}`);
      fixed = fixed.replace(/[\s\u3000\u00A0]+/g, '');
    }
  }
  if (said.length === 0 || !PHONE_PATTERN.test(fixed)) return undefined;
  return `${said.join('；')}，写作 ${fixed}`;
}

export const phoneNumber = z.string().superRefine((s, ctx) => {
  if (PHONE_PATTERN.test(s)) return;
  const hint = phoneHint(s);
  ctx.addIssue({ code: 'custom', message: hint ? `${PHONE_FORMAT}；${hint}` : PHONE_FORMAT });
});

/** A number as printed, with whether it is a fax (from a contact's `faxes`): what pages and cards show. */
export type Phone = string | { number: string; fax?: boolean };

export const email = z.string().email({ message: '电子邮箱地址，如 name@example.com' });

export const webUrl = z.string().refine(
  (u) => {
    if (!/^https?:\/\/[^\s/]+\.[^\s/]+/.test(u)) return false;
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  },
  { message: '以 http:// 或 https:// 开头的网址，如 http://www.hebzgfw.cn' },
);

/** -0 is a number JSON and YAML keep, and a page would print it as "-0". */
export const NEGATIVE_ZERO = '写 0（不写 -0）';
export const notNegativeZero = (n: number) => !Object.is(n, -0);

export const nonNegativeInt = z
  .number({ invalid_type_error: '数字' })
  .int({ message: '整数' })
  .nonnegative({ message: '不小于 0 的整数' })
  .refine(notNegativeZero, { message: NEGATIVE_ZERO });

/** Printed text: required, not blank. */
export const text = z.string().trim().min(1, { message: '不能为空的文字' });

/** A group of contacts as printed: names and numbers side by side stay unpaired. */
export const contact = z
  .object({
    org: text.optional(),
    /** false: the notice prints no unit above these contacts; `org` was read from its text (e.g. “报送市总工会宣教部”). */
    orgPrinted: z.boolean().optional(),
    names: z.array(text).min(1, { message: '至少一位联系人' }),
    phones: z.array(phoneNumber).default([]),
    /** Fax numbers, printed after the phones with “（传真）”; a list of their own so every list holds one kind of value (the CMS edits no mixed list). */
    faxes: z.array(phoneNumber).optional(),
    emails: z.array(email).default([]),
  })
  .strict();

export type Contact = z.infer<typeof contact>;

/** A contact's numbers as printed: the phones, then the faxes. */
export const contactPhones = (c: Pick<Contact, 'phones' | 'faxes'>): Phone[] => [
  ...c.phones,
  ...(c.faxes ?? []).map((number) => ({ number, fax: true })),
];

/** A campaign's year as its folder names it: content/campaigns/2019/ → "2019". */
export const campaignYear = z.string().regex(/^\d{4}$/, { message: '活动年份，四位数字，如 "2019"' });

/** An item of one campaign's folder, once loaded: its year is always known (from the folder). */
export type InCampaign<T> = Omit<T, 'campaign'> & { campaign: string };
