import { normaliseQuery } from '../search/normalise';
import type { ContentIssue } from './issues';
import type { ContentSet, Entry } from './load';
import { issueAt, type Rule } from './rules';
import type { VocabularyEntry } from '../../schemas';
import { SECTION_LABEL } from '../words';

/*
 * Rules on the search vocabulary (content/vocabulary/), run by the build and `npm run check`.
 * Words are compared as search compares them: normalised (full-width, case) and without spaces.
 */

const key = (word: string) => normaliseQuery(word).replace(/\s+/g, '');

/** Every string of a value, deep. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** All the text content holds, as search would compare it: the notices' words, the site's data and its sections' names. */
function contentText(c: ContentSet): string {
  const parts: string[] = [
    ...Object.values(SECTION_LABEL),
    ...c.sources.map((s) => s.text),
    ...c.notices.flatMap((n) => [n.body, ...strings(n.data)]),
    ...c.subprojects.flatMap((s) => [s.body, ...strings(s.data)]),
    ...[...c.campaigns, ...c.units, ...c.plans, ...c.timeline].flatMap((e) => strings(e.data)),
  ];
  return parts.map(key).join('\n');
}

/**
 * Each `means` is a word the content holds: search looks for it, so it must be there to be found.
 * While a content file cannot be read, what it holds is unknown: its own error is said, and this
 * rule waits until it reads.
 */
export const vocabularyMeansInContent: Rule = (c) => {
  if (c.vocabulary.length === 0 || c.invalid.size > 0 || (c.brokenUnitFiles ?? []).length > 0) return [];
  const text = contentText(c);
  return c.vocabulary.flatMap((e) =>
    e.data.means.flatMap((m, i) =>
      text.includes(key(m)) ? [] : [issueAt(e, ['means', i], '通知、其他内容或栏目名称（如“活动日程”）里出现的词（搜索时按这个词去找页面）', `${JSON.stringify(m)}，内容里没有这个词，按它找不到任何页面`)],
    ),
  );
};

/** Each entry's test query holds one of its words, so the test exercises the entry. */
export const vocabularyTestUsesEntry: Rule = (c) =>
  c.vocabulary.flatMap((e) =>
    e.data.words.some((w) => key(e.data.test.query).includes(key(w)))
      ? []
      : [issueAt(e, ['test', 'query'], `含有本条一个词（${e.data.words.join('、')}）的搜索词，测试才检验得到本条`, JSON.stringify(e.data.test.query))],
  );

/**
 * A word is listed once in the whole vocabulary (two entries for one word would be two readings
 * of it), never as its own meaning, and a meaning once per entry.
 */
export const vocabularyWordsOnce: Rule = (c) => {
  const out: ContentIssue[] = [];
  const first = new Map<string, { e: Entry<VocabularyEntry>; i: number }>();
  const place = (e: Entry<VocabularyEntry>) => `${e.file} 第 ${Number(e.at[0]) + 1} 条`;
  for (const e of c.vocabulary) {
    const means = new Map<string, number>();
    e.data.means.forEach((m, i) => {
      const k = key(m);
      const before = means.get(k);
      if (before !== undefined) out.push(issueAt(e, ['means', i], `每个词只写一次（与 means[${before}] 相同）`, `${JSON.stringify(m)}，重复`));
      else means.set(k, i);
    });
    e.data.words.forEach((w, i) => {
      const k = key(w);
      const seen = first.get(k);
      if (means.has(k)) out.push(issueAt(e, ['words', i], '与 means 中通知用的词不同的词（通知里已有的词，搜索本来就能找到）', `${JSON.stringify(w)}，也写在 means 中`));
      else if (seen) out.push(issueAt(e, ['words', i], `每个词在词表中只出现一次（已在 ${place(seen.e)}的 words[${seen.i}]）`, `${JSON.stringify(w)}，重复`));
      else first.set(k, { e, i });
    });
  }
  return out;
};

export const VOCABULARY_RULES: readonly Rule[] = [vocabularyMeansInContent, vocabularyTestUsesEntry, vocabularyWordsOnce];
