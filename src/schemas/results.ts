// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { campaignYear, isoDate, nonNegativeInt, text, unitId, webUrl, type InCampaign } from './common';
import { platformSchema } from './subproject';
import { approxFigure, AWARD_LEVEL_LABEL } from '../lib/words';

/**
 * What the organisers publish after a call closes, as staff copy it from their notices:
 * content/campaigns/<year>/results/<call id>.json (a call's shortlist, public vote and awards) and
 * content/campaigns/<year>/record.json (the year's figures and the units' 优秀组织奖 named for the
 * whole year). Names, titles and units are kept as printed.
 */

/** Award levels, highest first; the words pages show are AWARD_LEVEL_LABEL (src/lib/words.ts). */
export const AWARD_LEVELS = ['special', 'top-ten', 'first', 'second', 'third', 'excellence', 'popularity', 'shortlisted'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Where a list or a figure was published: the organiser's notice or article. */
export const resultSourceSchema = z
  .object({
    /** As printed: 关于公布……入围名单的公告. */
    title: text,
    /** Who published it (天津市总工会). */
    publisher: text.optional(),
    url: webUrl.optional(),
  })
  .strict();

/** One work as the list prints it; `unitId` links it to the unit tree where the printed name alone does not. */
export const workSchema = z
  .object({
    title: text,
    /** As printed, one name each; none for a unit's own work (an activity, a platform). */
    authors: z.array(text).default([]),
    /** The unit as printed (晋江市总工会, 某某公司工会). */
    unit: text,
    unitId: unitId.optional(),
  })
  .strict();

/** A unit named for 优秀组织奖, as printed. */
export const organisationSchema = z.object({ unit: text, unitId: unitId.optional() }).strict();

export const shortlistSchema = z
  .object({
    publishedOn: isoDate,
    source: resultSourceSchema,
    works: z.array(workSchema).min(1, { message: '至少一件入围作品' }),
  })
  .strict();

/** The public vote: from its first to its last day, on the organiser's platforms (like a call's). */
export const voteSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    platforms: z.array(platformSchema).min(1, { message: '至少一个投票入口' }),
    /** How to vote, in the organiser's words (关注公众号后点击菜单“投票”). */
    how: text.optional(),
    /** How the vote counts, as published (专家评审占60%，网络投票占40%). */
    scoring: text.optional(),
    source: resultSourceSchema.optional(),
  })
  .strict();

export const awardGroupSchema = z
  .object({
    level: z.enum(AWARD_LEVELS, {
      errorMap: () => ({ message: `奖项，以下之一：${AWARD_LEVELS.map((l) => `${l}（${AWARD_LEVEL_LABEL[l]}）`).join('、')}；印的名称不同时，另写 name（如“十佳微视频”）` }),
    }),
    /** The level's name as printed, where it differs from the usual one (十佳微视频). */
    name: text.optional(),
    works: z.array(workSchema).min(1, { message: '至少一件作品' }),
  })
  .strict();

export const awardsSchema = z
  .object({
    publishedOn: isoDate,
    source: resultSourceSchema,
    groups: z.array(awardGroupSchema).default([]),
    /** 优秀组织奖 of this call. */
    organisations: z.array(organisationSchema).default([]),
  })
  .strict();

/** content/campaigns/<year>/results/<call id>.json */
export const callResultsSchema = z
  .object({
    /** The campaign year; the folder (content/campaigns/<year>/) says it, and a value here must agree. */
    campaign: campaignYear.optional(),
    shortlist: shortlistSchema.optional(),
    vote: voteSchema.optional(),
    awards: awardsSchema.optional(),
  })
  .strict();

export const APPROXIMATIONS = ['over', 'nearly', 'about'] as const;

/** One figure of the year as published (收到图片作品 9000 余件), with where and when. */
export const figureSchema = z
  .object({
    /** What is counted, as printed: 收到图片作品, 网络投票. */
    label: text,
    value: nonNegativeInt,
    /** The counting word: 件, 票, 人次. */
    unit: text,
    /** over: 9000余件; nearly: 近1000首; about: 约2300万票. */
    approx: z
      .enum(APPROXIMATIONS, { errorMap: () => ({ message: `以下之一：${APPROXIMATIONS.map((a) => `${a}（${approxFigure('9000', '件', a)}）`).join('、')}；数字是确数时不写这一项` }) })
      .optional(),
    publishedOn: isoDate,
    source: resultSourceSchema,
  })
  .strict();

/** content/campaigns/<year>/record.json */
export const yearRecordSchema = z
  .object({
    campaign: campaignYear.optional(),
    figures: z.array(figureSchema).default([]),
    /** 优秀组织奖 named for the whole year (the summary's, not one call's). */
    organisations: z
      .object({ publishedOn: isoDate, source: resultSourceSchema, units: z.array(organisationSchema).min(1, { message: '至少一个单位' }) })
      .strict()
      .optional(),
  })
  .strict();

export type ResultSource = z.infer<typeof resultSourceSchema>;
export type Work = z.infer<typeof workSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Shortlist = z.infer<typeof shortlistSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type AwardGroup = z.infer<typeof awardGroupSchema>;
export type Awards = z.infer<typeof awardsSchema>;
export type CallResults = InCampaign<z.infer<typeof callResultsSchema>>;
export type Figure = z.infer<typeof figureSchema>;
export type YearRecord = InCampaign<z.infer<typeof yearRecordSchema>>;
export type Approximation = (typeof APPROXIMATIONS)[number];
