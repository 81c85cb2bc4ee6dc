// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { campaignYear, nonNegativeInt, slug, text, unitId, type InCampaign } from './common';
import { correctionsField } from './correction';

/** The "12351+" measures; a plan states some of them. */
export const TARGET_KEYS = [
  'grassrootsUnions',
  'propagandists',
  'activities',
  'workersReached',
  'netizensCovered',
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** Columns an allocation table may print. */
export const ALLOCATION_KEYS = ['activities', 'propagandists'] as const;
export type AllocationKey = (typeof ALLOCATION_KEYS)[number];

export const targetsSchema = z
  .object({
    grassrootsUnions: nonNegativeInt.optional(),
    propagandists: nonNegativeInt.optional(),
    activities: nonNegativeInt.optional(),
    workersReached: nonNegativeInt.optional(),
    netizensCovered: nonNegativeInt.optional(),
  })
  .strict();

export const planSchema = z
  .object({
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
    notice: slug,
    unit: unitId,
    targets: targetsSchema,
    columns: z
      .array(z.object({ key: z.enum(ALLOCATION_KEYS), label: text }).strict())
      .min(1, { message: '至少一列' }),
    rows: z
      .array(
        z
          .object({
            unit: unitId,
            activities: nonNegativeInt.optional(),
            propagandists: nonNegativeInt.optional(),
          })
          .strict(),
      )
      .min(1, { message: '至少一行' }),
    /** The 合计 row as printed; the build checks the rows add up to it. */
    total: z
      .object({ activities: nonNegativeInt.optional(), propagandists: nonNegativeInt.optional() })
      .strict(),
    /** Facts of this table as printed corrected by staff (correction.ts). */
    corrections: correctionsField,
  })
  .strict();

export type Plan = InCampaign<z.infer<typeof planSchema>>;
export type PlanRow = Plan['rows'][number];
export type Targets = z.infer<typeof targetsSchema>;
