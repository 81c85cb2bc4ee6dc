import { z } from 'zod';
import { isoDate, slug, text } from './common';

export const campaignSchema = z
  .object({
    id: z.string().regex(/^\d{4}$/, { message: '活动年份，如 "2019"' }),
    title: text,
    year: z.number().int(),
    from: isoDate,
    to: isoDate,
    rootNotice: slug,
    summary: text,
  })
  .strict();

export type Campaign = z.infer<typeof campaignSchema>;
