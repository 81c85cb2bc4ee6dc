// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { campaignYear, isoDate, slug, text, unitId, type InCampaign } from './common';

export const TIMELINE_AUDIENCES = ['branch', 'children', 'self'] as const;
export type TimelineAudience = (typeof TIMELINE_AUDIENCES)[number];

export const timelineEntrySchema = z
  .object({
    id: slug,
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
    unit: unitId,
    notice: slug,
    /** Paragraph anchor in the notice, e.g. "三" or "三-1". */
    anchor: text.optional(),
    kind: z.enum(['phase', 'deadline']),
    /**
     * Whom it binds, seen from `unit` (the unit whose notice sets it): `branch` — that unit and every
     * unit below it (a phase of the whole campaign); `children` — only the units directly below it
     * (Fujian's “各设区市…10月8日前报送” binds the cities, not their districts); `self` — that unit only.
     */
    appliesTo: z.enum(TIMELINE_AUDIENCES),
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
export type TimelineEntry = InCampaign<z.infer<typeof timelineEntrySchema>>;
