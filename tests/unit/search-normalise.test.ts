import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseIndexText, normaliseQuery } from '../../src/lib/search/normalise';

describe('one normalisation for index and query', () => {
  it('reads full-width letters, digits and spaces as half-width, and folds case', () => {
    expect(normaliseQuery('ＭＰ４')).toBe('mp4');
    expect(normaliseQuery('１２３５１')).toBe('12351');
    expect(normaliseQuery('津工Ｅ家')).toBe('津工e家');
    expect(normaliseQuery('吴昊　传真')).toBe('吴昊 传真');
    expect(normaliseQuery('HebZGFW')).toBe('hebzgfw');
  });

  it('joins a number to its unit, as the page writes it', () => {
    expect(normaliseQuery('50 MB')).toBe('50mb');
    expect(normaliseQuery('５０　ＭＢ')).toBe('50mb');
    expect(normaliseQuery('3 分钟')).toBe('3分钟');
    expect(normaliseQuery('泉港 10')).toBe('泉港 10');
  });

  it('drops quotes, keeps the words', () => {
    expect(normaliseQuery('“八闽工会人”')).toBe('八闽工会人');
    expect(normaliseQuery('  "泉港"  ')).toBe('泉港');
  });

  it('keeps the page text as printed but its letters and digits', () => {
    expect(normaliseIndexText('（即永春县总工会）ＭＰ４，１２３５１')).toBe('（即永春县总工会）MP4，12351');
    expect(normaliseIndexText('津工E家')).toBe('津工E家');
  });

  it('any width or case of a text matches it: the query of the indexed text is the query of the text', () => {
    // Half-width ASCII, its full-width forms, Han and CJK punctuation, mixed.
    const char = fc.oneof(
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('泉', '港', '区', '　', ' ', '，', '（', '）', '〔', '〕', 'Ⅲ', '①'),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
        expect(normaliseQuery(normaliseIndexText(text))).toBe(normaliseQuery(text));
        // Full-width and half-width spellings of the same text are one query.
        const half = text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
        expect(normaliseQuery(half)).toBe(normaliseQuery(text));
        expect(normaliseQuery(text.toUpperCase())).toBe(normaliseQuery(text.toLowerCase()));
      }),
    );
  });
});
