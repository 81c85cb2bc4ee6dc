// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { campaignYear, isoDate, slug, text } from './common';

/** content/campaigns/<year>/campaign.json: one campaign year. */
export const campaignSchema = z
  .object({
    /** The year, as the folder names it. */
    id: campaignYear,
    title: text,
    year: z.number().int(),
    from: isoDate,
    to: isoDate,
    rootNotice: slug,
    summary: text,
    /** The national plan's name as the notice prints it (“12351+”). */
    planName: text.optional(),
    /** The plan in the notice's own words (1000个基层工会组织、2万名宣传员…), shown beside its targets. */
    planNote: text.optional(),
    /**
     * Where the root notice says the campaign's results are shown (its 活动平台 paragraph): the
     * names as printed, the notice and the paragraph. Pages say it while no results are added.
     */
    showcase: z
      .object({ notice: slug, anchor: text.optional(), platforms: z.array(text).min(1, { message: '至少一个平台' }) })
      .strict()
      .optional(),
    /** What the site's transcription changed in layout (not in words), said on /about/. */
    transcriptionNotes: z.array(text).default([]),
  })
  .strict();

export type Campaign = z.infer<typeof campaignSchema>;
