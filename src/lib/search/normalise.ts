// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * One normalisation for what Pagefind indexes and what a user types, so that any width or case finds
 * the same pages: NFKC (full-width ＭＰ４ and １２３５１ from a Chinese input method become MP4 and 12351,
 * compatibility ideographs the usual ones) and Latin letters folded to lower case.
 *
 * Index and query differ in one respect only, and it is not one Pagefind can see: the page text keeps
 * its printed punctuation and capitals, because excerpts are cut from it (（即永春县总工会） keeps its
 * full-width brackets, MP4 its capitals). Pagefind itself drops punctuation from words and folds
 * case when it indexes and when it searches, so for matching the two are the same function:
 * `normaliseQuery(normaliseIndexText(s)) === normaliseQuery(s)` (tested).
 */

const LETTERS_AND_DIGITS = /[\p{L}\p{N}]+/gu;

/** Page text before it is indexed: letters and digits in NFKC; punctuation, spaces and case as printed. */
export function normaliseIndexText(text: string): string {
  return text.replace(LETTERS_AND_DIGITS, (run) => run.normalize('NFKC'));
}

/**
 * Counting words a number is written with. A space typed between a number and its unit is dropped
 * (50 MB → 50mb, 3 分钟 → 3分钟), so the two are searched as the one word the page writes.
 */
const UNIT_AFTER_NUMBER = /(\d)\s+(?=[a-z]|[分秒兆年月日号场名人个])/g;

/** A user's query: NFKC, lower case, quotes as spaces, a number joined to its unit, spaces collapsed. */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["“”]/g, ' ')
    .replace(UNIT_AFTER_NUMBER, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
