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

/** Spaces inside text nodes only: tags, attributes, scripts and styles are left as they are. */
export function spaceHanInHtml(html: string): string {
  let out = '';
  let last = 0;
  const skip = /<(script|style|template)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<[^>]*>/gi;
  for (const m of html.matchAll(skip)) {
    out += spaceHan(html.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + spaceHan(html.slice(last));
}

/**
 * A user's query as Pagefind should run it: each space-separated term that holds Chinese
 * becomes an exact phrase of its characters; other terms stay as they are (Pagefind matches
 * them as prefixes: 8771 finds 0591-87713873). With `exact: false`, the same words without
 * the quotes: the search that ranks (see search-rank.ts).
 */
export function toSearchQuery(query: string, exact = true): string {
  return query
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => {
      if (!hasHan(term)) return term;
      // Punctuation inside a term (〔〕、，) is not indexed: drop it, keep the words around it.
      const words = spaceHan(term)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .split(' ')
        .filter(Boolean);
      return words.length > 1 && exact ? `"${words.join(' ')}"` : words.join(' ');
    })
    .filter(Boolean)
    .join(' ');
}

/** Han characters and the CJK punctuation around them, between which spaces were put. */
const JOINABLE = `${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d`;
const SPACE_BETWEEN = new RegExp(`(?<=[${JOINABLE}](?:</?mark>)?)\\s+(?=(?:</?mark>)?[${JOINABLE}])`, 'g');

/**
 * The reverse, for excerpts: 泉 <mark>港</mark> 区 → 泉<mark>港</mark>区. Adjacent marks become one
 * and spaces move out of them first, so a highlighted phrase reads as one word.
 */
export function joinHan(html: string): string {
  return html
    .replace(/<\/mark>(\s*)<mark>/g, '$1')
    .replace(/(\s+)<\/mark>/g, '</mark>$1')
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
