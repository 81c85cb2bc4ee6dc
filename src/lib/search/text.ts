// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * Chinese search that works like Ctrl+F, on top of Pagefind.
 *
 * Pagefind splits Chinese into words at index time (jieba) and splits queries differently in the
 * browser, so a query that is part of a word or spans two (泉港 in 泉港区, 津工 in 津工E家) can miss.
 * Instead, every CJK character is indexed as its own word (spaces are put between them in the
 * HTML that Pagefind reads), and a query becomes an exact phrase of its characters
 * ("泉 港"), which matches exactly where the characters stand next to each other: substring
 * search, as Ctrl+F does. Excerpts are put back together by removing those spaces again.
 */

/** Han ideographs (with extension A and compatibility ideographs). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HAN_CHAR = new RegExp(`[${HAN}]`);
const BEFORE_OR_AFTER_HAN = new RegExp(`(?<=[${HAN}])(?=[^\\s])|(?<=[^\\s])(?=[${HAN}])`, 'g');

export function hasHan(s: string): boolean {
  return HAN_CHAR.test(s);
}

/** 泉港区总工会 → 泉 港 区 总 工 会; 津工E家 → 津 工 E 家; ASCII words stay whole. */
export function spaceHan(text: string): string {
  return text.replace(BEFORE_OR_AFTER_HAN, ' ');
}

/**
 * One word of a query as Pagefind should search it: a Chinese word becomes an exact phrase of its
 * characters ("泉 港"), which matches exactly where they stand together, as Ctrl+F does; punctuation
 * inside it (〔〕、，) is dropped, as it is not indexed. Another word stays as it is: Pagefind matches
 * it as a prefix (8771 finds 0591-87713873). With `exact: false`, the same characters without the
 * quotes: the searches that rank (see rank.ts).
 */
export function wordToPart(word: string, exact = true): string {
  if (!hasHan(word)) return word;
  const words = spaceHan(word)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  return words.length > 1 && exact ? `"${words.join(' ')}"` : words.join(' ');
}

/** Han characters and the CJK punctuation around them, between which spaces were put. */
const JOINABLE = `${HAN}\\u3000-\\u303f\\uff00-\\uffef‘’“”`;
const SPACE_BETWEEN = new RegExp(`(?<=[${JOINABLE}](?:</?mark>)?)\\s+(?=(?:</?mark>)?[${JOINABLE}])`, 'g');
/** The full stop Pagefind puts after a heading or paragraph that ends without one, after Chinese. */
const PAGEFIND_STOP = new RegExp(`(?<=[${HAN}](?:</mark>)?)\\.(?=\\s|$)`, 'g');

/**
 * The reverse, for excerpts: 泉 <mark>港</mark> 区 → 泉<mark>港</mark>区. Adjacent marks become one
 * and spaces move out of them first, so a highlighted phrase reads as one word. The full stop
 * Pagefind adds after a Chinese heading becomes a Chinese one (泉港区总工会. 通知 → 泉港区总工会。通知).
 */
export function joinHan(html: string): string {
  return html
    .replace(/<\/mark>(\s*)<mark>/g, '$1')
    .replace(/(\s+)<\/mark>/g, '</mark>$1')
    .replace(PAGEFIND_STOP, '。')
    .replace(SPACE_BETWEEN, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * An excerpt safe to insert as HTML: only <mark> survives, everything else is text. Pagefind
 * escapes page text already; this makes sure of it rather than trusting it.
 */
export function safeExcerpt(html: string): string {
  const MARK_OPEN = '\u0001';
  const MARK_CLOSE = '\u0002';
  const text = joinHan(html)
    .replace(/<mark>/g, MARK_OPEN)
    .replace(/<\/mark>/g, MARK_CLOSE)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replace(new RegExp(MARK_OPEN, 'g'), '<mark>')
    .replace(new RegExp(MARK_CLOSE, 'g'), '</mark>');
}

/** A result's title: a notice is named by its 文号 first. */
export function resultTitle(meta: Record<string, string | undefined>): string {
  const title = meta.title ?? '';
  const doc = meta['文号'];
  return doc && !title.startsWith(doc) ? `${doc}　${title}` : title;
}
