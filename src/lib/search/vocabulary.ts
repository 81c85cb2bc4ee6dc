// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * What workers call things, at search time. content/vocabulary/ maps the words people type (上传、
 * 参赛、交作品) to the words the notices use (提交作品、征集); the index keeps the official text, and a
 * query is searched as typed first, then through the vocabulary. Matches of the page's own words are
 * listed first; matches through the vocabulary follow, in the order the vocabulary lists its words.
 *
 * Pure: the build compiles the vocabulary (`compileVocabulary`), the search page carries it as data,
 * and the browser plans each query with `planSearch`.
 */
import { normaliseQuery } from './normalise';
import { wordToPart } from './text';

/** One entry as the browser gets it: words and meanings already normalised (full-width, case). */
export interface VocabularyRule {
  words: string[];
  means: string[];
}

/** The vocabulary as the search page carries it. */
export type Vocabulary = VocabularyRule[];

/** Every entry of every vocabulary file, in file order, normalised as queries are; repeats dropped. */
export function compileVocabulary(entries: readonly { words: readonly string[]; means: readonly string[] }[]): Vocabulary {
  const norm = (ws: readonly string[]) => [...new Set(ws.map(normaliseQuery).filter(Boolean))];
  return entries.map((e) => ({ words: norm(e.words), means: norm(e.means) })).filter((e) => e.words.length > 0 && e.means.length > 0);
}

/** A vocabulary word used for a query: the user typed `word`, the search looked for `means`. */
export interface Via {
  word: string;
  means: string;
}

/** One way to search a query: the words as typed, or with vocabulary words replaced. */
export interface Alternative {
  /** As searched, readable: 提交作品 视频. */
  text: string;
  /**
   * Pagefind queries a page must each match: a Chinese word as an exact phrase of its characters
   * ("泉 港", Ctrl+F's substring search), another word as Pagefind's prefix (8771).
   */
  parts: string[];
  /** All parts as plain words, for the searches that rank (see rank.ts). */
  loose: string;
  /** Which part to cut the excerpt around: the first that came through the vocabulary. */
  excerptPart: number;
  /** [] for the words as typed. */
  via: Via[];
}

function alternative(words: readonly string[], via: Via[], fromVocabulary: readonly boolean[]): Alternative | undefined {
  const kept = words.map((w, i) => ({ part: wordToPart(w), loose: wordToPart(w, false), vocab: fromVocabulary[i] ?? false })).filter((p) => p.part);
  if (kept.length === 0) return undefined;
  const excerptPart = Math.max(0, kept.findIndex((p) => p.vocab));
  return { text: words.join(' '), parts: kept.map((p) => p.part), loose: kept.map((p) => p.loose).join(' '), excerptPart, via };
}

interface Match {
  start: number;
  end: number;
  word: string;
  means: string[];
}

/** The vocabulary words inside a term, longest first, none overlapping another. */
function matchesIn(term: string, vocabulary: Vocabulary): Match[] {
  const all: Match[] = [];
  for (const rule of vocabulary)
    for (const word of rule.words) {
      const start = term.indexOf(word);
      if (start >= 0) all.push({ start, end: start + word.length, word, means: rule.means });
    }
  all.sort((a, b) => b.word.length - a.word.length || a.start - b.start);
  const kept: Match[] = [];
  for (const m of all) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A date written with dots, slashes or dashes, or with 号 (9.30, 2019/9/30, 9月30号), as the notices
 * write it: 2019年9月30日, 9月30日. Not words a vocabulary can list, so this one rewrite is code.
 */
export function dateWords(term: string): string[] {
  const m = /^(?:(\d{4})[./-]|(\d{4})年)?(\d{1,2})(?:[./-]|月)(\d{1,2})[日号]?$/.exec(term);
  if (!m) return [];
  const year = m[1] ?? m[2];
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return [];
  const md = `${month}月${day}日`;
  return [...(year ? [`${year}年${md}`] : []), md].filter((w) => w !== term);
}

/** A term as typed or rewritten: the words it searches for, and which of them came from the vocabulary. */
interface TermVariant {
  words: string[];
  vocab: boolean[];
  via: Via[];
}

/**
 * A term's rewrites through the vocabulary. Each vocabulary word in it is replaced by each of its
 * meanings, first in place (泉港区工会 → 泉港区总工会: a place's other name), then as a word of its
 * own beside the rest (视频多大 → 视频 + 50mb: a page need not write them side by side).
 */
function termVariants(term: string, vocabulary: Vocabulary, limit: number): TermVariant[] {
  const own: TermVariant = { words: [term], vocab: [false], via: [] };
  // A date is searched only as the notices write it: Pagefind would read 9.30 as the words 9 and 30.
  const dates = dateWords(term).map((d): TermVariant => ({ words: [d], vocab: [true], via: [{ word: term, means: d }] }));
  if (dates.length) return dates;
  const matches = matchesIn(term, vocabulary);
  if (matches.length === 0) return [own];
  // Each choice picks, for every match, the word itself (-1) or one of its meanings.
  let choices: number[][] = [[]];
  for (const m of matches) choices = choices.flatMap((c) => [-1, ...m.means.map((_, i) => i)].map((i) => [...c, i]));
  const substituted = (c: number[]) => c.filter((i) => i >= 0).length;
  choices = choices.filter((c) => substituted(c) > 0).sort((a, b) => substituted(a) - substituted(b));
  const out: TermVariant[] = [own];
  const seen = new Set([term]);
  const add = (v: TermVariant) => {
    const key = v.words.join(' ');
    if (!seen.has(key) && out.length < limit) {
      seen.add(key);
      out.push(v);
    }
  };
  for (const c of choices) {
    // The term cut at its vocabulary words: literal pieces and chosen words, in order.
    const pieces: { text: string; vocab: boolean }[] = [];
    const via: Via[] = [];
    let at = 0;
    matches.forEach((m, k) => {
      pieces.push({ text: term.slice(at, m.start), vocab: false });
      const i = c[k] ?? -1;
      const means = i >= 0 ? m.means[i] : undefined;
      pieces.push({ text: means ?? m.word, vocab: means !== undefined });
      if (means !== undefined) via.push({ word: m.word, means });
      at = m.end;
    });
    pieces.push({ text: term.slice(at), vocab: false });
    const inPlace = pieces.map((p) => p.text).join('');
    add({ words: [inPlace], vocab: [true], via });
    // Apart: each substituted meaning a word of its own; the rest stays together around it.
    const words: string[] = [];
    const vocab: boolean[] = [];
    let run = '';
    for (const p of pieces) {
      if (p.vocab) {
        if (run) words.push(run), vocab.push(false);
        words.push(p.text), vocab.push(true);
        run = '';
      } else run += p.text;
    }
    if (run) words.push(run), vocab.push(false);
    add({ words, vocab, via });
  }
  return out;
}

/**
 * The searches for a query, in the order their results are listed: the words as typed first, then
 * rewrites through the vocabulary (fewest words replaced first, then in the vocabulary's order).
 * Several terms (吴昊 传真) must all match. At most `limit` alternatives.
 */
export function planSearch(query: string, vocabulary: Vocabulary, limit = 16): Alternative[] {
  const terms = normaliseQuery(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const perTerm = terms.map((t) => termVariants(t, vocabulary, limit));
  // A long query with many vocabulary words: fewer rewrites per term, so the combinations stay few.
  const size = () => perTerm.reduce((n, vs) => n * vs.length, 1);
  while (size() > 1024) {
    const longest = perTerm.reduce((a, b) => (b.length > a.length ? b : a));
    longest.pop();
  }
  // Every combination of the terms' variants, the one with no vocabulary first.
  let combos: number[][] = [[]];
  for (const vs of perTerm) combos = combos.flatMap((c) => vs.map((_, i) => [...c, i]));
  const changed = (c: number[]) => c.filter((i) => i > 0).length;
  combos.sort((a, b) => changed(a) - changed(b));
  const out: Alternative[] = [];
  const seen = new Set<string>();
  for (const c of combos) {
    if (out.length >= limit) break;
    const chosen = c.map((i, t) => perTerm[t]![i]!);
    const alt = alternative(
      chosen.flatMap((v) => v.words),
      chosen.flatMap((v) => v.via),
      chosen.flatMap((v) => v.vocab),
    );
    if (!alt) continue;
    const key = [...alt.parts].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(alt);
  }
  return out;
}
