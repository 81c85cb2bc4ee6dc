// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { campaignYear, contact, isoDate, slug, text, unitId, type InCampaign } from './common';
import { correctionsField } from './correction';

export const NOTICE_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

const attachmentBase = { no: z.number().int().positive(), title: text };

export const attachmentSchema = z.discriminatedUnion('kind', [
  /** An allocation table, rendered from the plan data. */
  z.object({ ...attachmentBase, kind: z.literal('plan'), plan: slug }).strict(),
  /** The list of sub-projects, rendered from the subprojects collection. */
  z.object({ ...attachmentBase, kind: z.literal('subprojects') }).strict(),
  /** Another notice forwarded as an attachment. */
  z.object({ ...attachmentBase, kind: z.literal('notice'), notice: slug }).strict(),
]);

export const noticeSchema = z
  .object({
    title: text,
    shortTitle: text,
    docNumber: z.string().regex(/^\S+〔\d{4}〕\d+号$/, { message: '文号，如 总工发〔2019〕17号' }),
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
    level: z.enum(NOTICE_LEVELS),
    unit: unitId,
    letterhead: z.object({ lines: z.array(text).min(1), suffix: text.optional() }).strict(),
    issuers: z.array(text).min(1, { message: '至少一个发文机关' }),
    signatories: z.array(text).min(1, { message: '至少一个落款' }),
    issuedOn: isoDate,
    implements: slug.nullish(),
    printedBy: text.nullish(),
    printedOn: isoDate.nullish(),
    attachments: z.array(attachmentSchema).default([]),
    contacts: z.array(contact).default([]),
    summary: text,
    /** Facts of this notice's text corrected by staff (correction.ts). */
    corrections: correctionsField,
  })
  .strict();

export type Notice = InCampaign<z.infer<typeof noticeSchema>>;
export type Attachment = z.infer<typeof attachmentSchema>;
