import { z } from 'zod';
import { campaignYear, isoDate, nonNegativeInt, text, unitId, webUrl, type InCampaign } from './common';

/** One report that staff add by pull request: a unit's own counts as of a date. */
export const progressSchema = z
  .object({
    unit: unitId,
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
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

export type ProgressReport = InCampaign<z.infer<typeof progressSchema>>;
