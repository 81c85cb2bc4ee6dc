// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { isoDate, slug, text } from './common';

/**
 * A fact of official text that staff corrected (a phone number misprinted in the notice): what
 * was printed, what is right, why, who says so and when. It is recorded in the file that holds the
 * corrected text (a notice's, a call's or an allocation table's `corrections`), so the fix and its
 * record are one edit and one pull request. The page shows the text as printed with the correction
 * beside it; contacts, cards and search use the corrected value; /about/ lists every correction. An
 * edit to official text without such a record fails the check (src/lib/content/official-text.ts).
 */
export const correctionSchema = z
  .object({
    /** The words as the notice prints them, exactly (enough of them to be found once). */
    printed: text,
    /** The words as they should be; the notice's file now holds these. */
    corrected: text,
    /** Why: who pointed it out, on what authority (a phone call with the office, a later notice). */
    reason: text,
    /** Who recorded it: the unit and the person. */
    by: text,
    /** When it was recorded. */
    on: isoDate,
  })
  .strict();

/** A file's `corrections`: absent where there are none. */
export const correctionsField = z.array(correctionSchema).optional();
export type Correction = z.infer<typeof correctionSchema>;
/** A correction as the site knows it: with the notice whose text it corrects (the file's). */
export type RecordedCorrection = Correction & { notice: string };

/**
 * Which lines of a source text (sources/<name>.txt) are which notice's, in sources/<name>.json.
 * A source named after a notice (sources/zgf-2020-9.txt) is that notice's whole text and needs no map.
 */
export const sourcePartSchema = z
  .object({
    notice: slug,
    /** Line ranges of the .txt file, as `1-58, 312-314` (a page of one notice may follow another's). */
    lines: z.string().regex(/^\s*\d+(\s*-\s*\d+)?(\s*[,，、]\s*\d+(\s*-\s*\d+)?)*\s*$/, { message: '行号范围，如 "1-58, 312-314"' }),
  })
  .strict();

export const sourceMapSchema = z.array(sourcePartSchema).min(1, { message: '至少一项' });
export type SourcePart = z.infer<typeof sourcePartSchema>;
