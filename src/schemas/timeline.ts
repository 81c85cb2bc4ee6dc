import { z } from 'zod';
import { isoDate, slug, text, unitId } from './common';

export const timelineEntrySchema = z
  .object({
    id: slug,
    campaign: z.string().regex(/^\d{4}$/, { message: '活动年份，如 "2019"' }),
    unit: unitId,
    notice: slug,
    /** Paragraph anchor in the notice, e.g. "三" or "三-1". */
    anchor: text.optional(),
    kind: z.enum(['phase', 'deadline']),
    title: text,
    detail: text.optional(),
    /** A deadline has only `to`. */
    from: isoDate.optional(),
    to: isoDate,
    /** How the notice states it: by month (5—9月) or by day (10月8日前). */
    precision: z.enum(['month', 'day']),
  })
  .strict();

export const timelineFileSchema = z.array(timelineEntrySchema);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
