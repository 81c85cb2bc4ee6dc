import { z } from 'zod';
import { isoDate, nonNegativeInt, text, unitId, webUrl } from './common';

/** One report that staff add by pull request: a unit's own counts as of a date. */
export const progressSchema = z
  .object({
    unit: unitId,
    campaign: z.string().regex(/^\d{4}$/, { message: '活动年份，如 "2019"' }),
    asOf: isoDate,
    activities: nonNegativeInt.optional(),
    propagandists: nonNegativeInt.optional(),
    workersReached: nonNegativeInt.optional(),
    netizensCovered: nonNegativeInt.optional(),
    grassrootsUnions: nonNegativeInt.optional(),
    /** Where the figures come from (a report's title, a meeting, a document number). */
    source: text,
    sourceUrl: webUrl.optional(),
  })
  .strict();

export type ProgressReport = z.infer<typeof progressSchema>;
