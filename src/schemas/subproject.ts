// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { campaignYear, contact, nonNegativeInt, slug, text, unitId, webUrl, type InCampaign } from './common';
import { correctionsField } from './correction';

export const platformSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('web'), label: text, url: webUrl }).strict(),
  /** A WeChat official account; `account` only when the notice prints its name. */
  z.object({ kind: z.literal('wechat'), label: text, account: text.optional() }).strict(),
]);

export const rulesSchema = z
  .object({
    formats: z.array(text).optional(),
    /** Strictly less than, as printed (时长小于 3 分钟). */
    maxDurationSeconds: nonNegativeInt.optional(),
    /** Strictly less than, as printed (文件小于 50MB). */
    maxSizeMB: z.number().positive().optional(),
    requirements: z.array(text).optional(),
  })
  .strict();

export const subprojectSchema = z
  .object({
    order: z.number().int().positive(),
    numeral: text,
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
    notice: slug,
    title: text,
    shortName: text,
    audience: z.enum(['workers', 'unions']),
    summary: text,
    /** The choice in the "which call fits me" guide, in the worker's words (我拍了一段短视频). */
    guide: text.optional(),
    organisers: z
      .array(z.object({ name: text, unit: unitId.optional() }).strict())
      .min(1, { message: '至少一个承办单位' }),
    platforms: z.array(platformSchema).min(1, { message: '至少一个平台入口' }),
    contacts: z.array(contact).min(1, { message: '至少一位联系人' }),
    themes: z.array(text).default([]),
    rules: rulesSchema.default({}),
    /** Facts of this call's text (its notice's attachment) corrected by staff (correction.ts). */
    corrections: correctionsField,
  })
  .strict();

export type Subproject = InCampaign<z.infer<typeof subprojectSchema>>;
export type Platform = z.infer<typeof platformSchema>;
export type SubmissionRules = z.infer<typeof rulesSchema>;
