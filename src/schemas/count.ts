// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * How a typed count is read: the one reading shared by the report form, `npm run new:report`
 * and the message the build gives for a count written as text in a file. Chinese input methods
 * and spreadsheets produce full-width digits (１３), thousands separators (1,300) and spaces;
 * these are read as the number they plainly are, and the change is named so it can be shown.
 */

export type CountChange = 'fullwidth' | 'spaces' | 'separators';

export interface CountReading {
  /** The number, or the text as typed (trimmed) when it is not a number at all. */
  value: number | string;
  /** What was changed to read it, in the order it was done. */
  changes: CountChange[];
}

/** What was changed, said to the person who typed it. */
export const COUNT_CHANGE_WORDS: Record<CountChange, string> = {
  fullwidth: '全角数字改成了半角',
  spaces: '去掉了空格',
  separators: '去掉了千位分隔符',
};

/** What a file should have done instead, said in the build's message. */
export const COUNT_FILE_WORDS: Record<CountChange, string> = {
  fullwidth: '用半角数字',
  spaces: '中间不留空格',
  separators: '不用千位分隔符',
};

// Full-width digits, minus, full stop and comma (U+FF10–FF19, FF0D, FF0E, FF0C) and the minus sign U+2212.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0D\uFF0E\uFF0C\u2212]/g;
const HALF: Record<string, string> = { '\uFF0D': '-', '\u2212': '-', '\uFF0E': '.', '\uFF0C': ',' };
// Every kind of space, including the ideographic space U+3000 and zero-width ones.
const SPACES = /[\s\u200B\u2060\uFEFF]/g;
// A thousands separator only where it groups digits by three: 1,300 and 12,345,678, never 1,30.
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;

export function readCount(raw: string): CountReading {
  const typed = raw.trim();
  const changes: CountChange[] = [];
  let s = typed.replace(FULL_WIDTH, (ch) => HALF[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (s !== typed) changes.push('fullwidth');
  const unspaced = s.replace(SPACES, '');
  if (unspaced !== s) changes.push('spaces');
  s = unspaced;
  if (GROUPED.test(s)) {
    s = s.replace(/,/g, '');
    changes.push('separators');
  }
  // Anything else stays as typed, so the check says plainly that it is not a number.
  return PLAIN.test(s) ? { value: Number(s), changes } : { value: typed, changes: [] };
}
