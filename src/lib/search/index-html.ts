/**
 * A built page as Pagefind should read it. The page itself is not changed; only the copy handed to
 * the indexer is, so that matching works like Ctrl+F and excerpts (cut from the indexed text) read
 * as sentences:
 *
 * - each table row becomes a sentence naming its row and columns (泉港区总工会：线下活动数量 1 场，
 *   好网民宣传员 10 人。), so an excerpt never glues numbers from several cells;
 * - a paragraph, heading, list item, term or definition that ends without punctuation gets some
 *   (通知中的名称：泉港区总工会；类别：市辖区), so pieces do not run into each other;
 * - letters and digits are normalised (normalise.ts), and every Chinese character becomes a word of
 *   its own (text.ts).
 */
import { normaliseIndexText } from './normalise';
import { spaceHan } from './text';

const IGNORED = /<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g;

/** A cell's text as HTML text (entities kept), without tags, hints to skip, or extra spaces. */
function cellText(html: string): string {
  return html.replace(IGNORED, '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

interface Cell {
  header: boolean;
  /** A row header (th scope="row"): what the row is about. */
  rowHeader: boolean;
  text: string;
}

function cells(row: string): Cell[] {
  return [...row.matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({
    header: m[1] === 'th',
    rowHeader: m[1] === 'th' && /\bscope="row"/.test(m[2] ?? ''),
    text: cellText(m[3] ?? ''),
  }));
}

/** Columns that only count the rows, and cells that say “nothing here”. */
const ROW_NUMBER_LABELS = new Set(['序号', '编号', '#']);
const EMPTY = new Set(['', '—', '–', '-', '/']);

/** 线下活动数量 (场) → 线下活动数量, 场; 目标（名） → 目标, 名. */
function splitUnit(label: string): { name: string; unit?: string } {
  const m = /^(.*?)\s*[（(]\s*([^（）()]{1,4}?)\s*[）)]$/.exec(label);
  return m && m[1] ? { name: m[1], unit: m[2] } : { name: label };
}

/** One row as a sentence: 泉港区总工会：线下活动数量 1 场，好网民宣传员 10 人。 */
export function rowSentence(labels: readonly string[], row: readonly Cell[]): string {
  const subjectAt = row.findIndex((c) => c.rowHeader);
  const subject = subjectAt >= 0 ? row[subjectAt]!.text : '';
  const said = row.flatMap((c, i) => {
    if (i === subjectAt || EMPTY.has(c.text)) return [];
    const label = labels[i] ?? '';
    if (ROW_NUMBER_LABELS.has(label)) return [];
    if (!label) return [c.text];
    const { name, unit } = splitUnit(label);
    // A number follows its column's name (目标 1 场); words are introduced (依据：尚未上报).
    if (!/^[\d.,]/.test(c.text)) return [`${name}：${c.text}`];
    return [unit ? `${name} ${c.text} ${unit}` : `${name} ${c.text}`];
  });
  if (!subject) return said.length ? `${said.join('，')}。` : '';
  return said.length ? `${subject}：${said.join('，')}。` : `${subject}。`;
}

/** A table as its caption and one paragraph per row. */
function tableAsSentences(table: string): string {
  const caption = cellText(/<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1] ?? '');
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
  const headRows = [...head.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)];
  const labels = cells(headRows.at(-1)?.[1] ?? '').map((c) => c.text);
  const body = table.replace(/<thead\b[^>]*>[\s\S]*?<\/thead>/, '');
  const rows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => rowSentence(labels, cells(m[1] ?? ''))).filter(Boolean);
  return `<div>${caption ? `<p>${caption}</p>` : ''}${rows.map((r) => `<p>${r}</p>`).join('')}</div>`;
}

/** Every table of a page written as sentences (tables do not nest on this site). */
export function tablesAsSentences(html: string): string {
  return html.replace(/<table\b[^>]*>[\s\S]*?<\/table>/g, tableAsSentences);
}

/**
 * Where one piece of text ends and another begins, and the punctuation that says so when the text
 * ends without any: the strongest boundary between two texts wins.
 */
const BOUNDARIES: [RegExp, string][] = [
  [/^<\/(p|h[1-6]|ul|ol|dl)\b/i, '。'],
  [/^<\/(li|dd)\b/i, '；'],
  // A term, and a list inside a list item: 类别：市辖区; 福建省：福州市总工会；…
  [/^(<\/dt\b|<(ul|ol)\b)/i, '：'],
  // A date, and what follows it in the same line: 截止：2019年10月8日前，已截止.
  [/^<\/time\b/i, '，'],
];
const STRENGTH = ['，', '：', '；', '。'];
const ENDS_WITHOUT_PUNCTUATION = /[\p{L}\p{N}]$/u;

/** The page as Pagefind reads it (see the top of this file). */
export function searchableHtml(html: string): string {
  const page = tablesAsSentences(html);
  const text = (s: string) => spaceHan(normaliseIndexText(s));
  const out: string[] = [];
  /** The chunk holding the last text, the text itself, and the boundary met since. */
  let lastAt = -1;
  let lastText = '';
  let pending = '';
  const addText = (raw: string) => {
    if (!raw.trim()) {
      out.push(raw);
      return;
    }
    // Said only between two texts, right after the first: never at the start or end of the page.
    if (pending && lastAt >= 0 && ENDS_WITHOUT_PUNCTUATION.test(lastText)) out[lastAt] += pending;
    pending = '';
    out.push(text(raw));
    lastAt = out.length - 1;
    lastText = raw.trim();
  };
  let last = 0;
  const skip = /<(script|style|template)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<[^>]*>/gi;
  for (const m of page.matchAll(skip)) {
    addText(page.slice(last, m.index));
    const tag = m[0];
    const sep = BOUNDARIES.find(([re]) => re.test(tag))?.[1];
    if (sep && STRENGTH.indexOf(sep) > STRENGTH.indexOf(pending)) pending = sep;
    out.push(tag);
    last = (m.index ?? 0) + tag.length;
  }
  addText(page.slice(last));
  return out.join('');
}
