// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { COUNT_FILE_WORDS, readCount } from './count';
import { campaignYear, isoDate, NEGATIVE_ZERO, notNegativeZero, text, unitId, webUrl, type InCampaign } from './common';

/**
 * A count in a report. A file must hold a number; one written as text that plainly is a number
 * ("1,300", "１３") is still refused (the file is the record), but the message names the number
 * to write, read the same way the form and `npm run new:report` read what staff type.
 */
const reportedCount = z
  .number({
    errorMap: (issue, ctx) => {
      if (issue.code !== 'invalid_type') return { message: ctx.defaultError };
      const read = typeof ctx.data === 'string' ? readCount(ctx.data) : undefined;
      if (read && typeof read.value === 'number')
        return { message: `数字 ${read.value}（不加引号${read.changes.map((c) => `，${COUNT_FILE_WORDS[c]}`).join('')}）` };
      return { message: '数字' };
    },
  })
  .int({ message: '整数' })
  .nonnegative({ message: '不小于 0 的整数' })
  .refine(notNegativeZero, { message: NEGATIVE_ZERO })
  .optional();

/** One report that staff add by pull request: a unit's own counts as of a date. */
export const progressSchema = z
  .object({
    unit: unitId,
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
    asOf: isoDate,
    activities: reportedCount,
    propagandists: reportedCount,
    workersReached: reportedCount,
    netizensCovered: reportedCount,
    grassrootsUnions: reportedCount,
    /** Where the figures come from (a report's title, a meeting, a document number). */
    source: text,
    sourceUrl: webUrl.optional(),
  })
  .strict();

export type ProgressReport = InCampaign<z.infer<typeof progressSchema>>;
