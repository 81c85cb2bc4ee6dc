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

/** Path-like id: lowercase pinyin or English words, `/` between levels. */
export const unitId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    message: '单位编号：小写拼音或英文，层级之间用 /，如 fujian/quanzhou/jinjiang',
  });

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '编号：小写字母、数字和连字符，如 zgf-2019-17' });

/** Chinese landline with area code (010-68591637, 0591-87713873) or an 11-digit mobile. */
export const PHONE_PATTERN = /^(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9})$/;
export const phoneNumber = z.string().regex(PHONE_PATTERN, {
  message: '电话号码：固定电话写作 区号-号码（如 0591-87713873），手机写 11 位数字',
});

export const phone = z.union([
  phoneNumber,
  z.object({ number: phoneNumber, fax: z.boolean().optional() }).strict(),
]);

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

export const nonNegativeInt = z
  .number({ invalid_type_error: '数字' })
  .int({ message: '整数' })
  .nonnegative({ message: '不小于 0 的整数' });

/** Printed text: required, not blank. */
export const text = z.string().trim().min(1, { message: '不能为空的文字' });

/** A group of contacts as printed: names and numbers side by side stay unpaired. */
export const contact = z
  .object({
    org: text.optional(),
    /** false: the notice prints no unit above these contacts; `org` was read from its text (e.g. “报送市总工会宣教部”). */
    orgPrinted: z.boolean().optional(),
    names: z.array(text).min(1, { message: '至少一位联系人' }),
    phones: z.array(phone).default([]),
    emails: z.array(email).default([]),
  })
  .strict();

export type Contact = z.infer<typeof contact>;
export type Phone = z.infer<typeof phone>;

/** A campaign's year as its folder names it: content/campaigns/2019/ → "2019". */
export const campaignYear = z.string().regex(/^\d{4}$/, { message: '活动年份，四位数字，如 "2019"' });

/** An item of one campaign's folder, once loaded: its year is always known (from the folder). */
export type InCampaign<T> = Omit<T, 'campaign'> & { campaign: string };
