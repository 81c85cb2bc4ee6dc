import { describe, expect, it } from 'vitest';
import { hasHan, joinHan, resultTitle, safeExcerpt, spaceHan, wordToPart } from '../../src/lib/search/text';
import { rankExact } from '../../src/lib/search/rank';

describe('spaceHan', () => {
  it('puts a space between Han characters and around them, keeping ASCII words whole', () => {
    expect(spaceHan('泉港区总工会')).toBe('泉 港 区 总 工 会');
    expect(spaceHan('津工E家')).toBe('津 工 E 家');
    expect(spaceHan('文件小于 50MB。')).toBe('文 件 小 于 50MB。');
    expect(spaceHan('0591-87713873')).toBe('0591-87713873');
  });

  it('knows Han from other scripts', () => {
    expect(hasHan('50MB')).toBe(false);
    expect(hasHan('津工E家')).toBe(true);
  });
});

describe('wordToPart', () => {
  it('turns a Chinese word into an exact phrase of its characters', () => {
    expect(wordToPart('泉港')).toBe('"泉 港"');
    expect(wordToPart('津工E家')).toBe('"津 工 E 家"');
  });
  it('leaves other words as they are (Pagefind matches them as prefixes)', () => {
    expect(wordToPart('8771')).toBe('8771');
    expect(wordToPart('50MB')).toBe('50MB');
  });
  it('drops punctuation inside a Chinese word', () => {
    expect(wordToPart('闽工〔2019〕64号')).toBe('"闽 工 2019 64 号"');
    expect(wordToPart('“八闽工会人”')).toBe('"八 闽 工 会 人"');
  });
  it('a single character needs no quotes; the ranking search has none', () => {
    expect(wordToPart('港')).toBe('港');
    expect(wordToPart('泉港', false)).toBe('泉 港');
  });
});

describe('joinHan and safeExcerpt', () => {
  it('puts excerpts back together, with one mark per highlighted phrase', () => {
    expect(joinHan('<mark>泉 </mark><mark>港 </mark>区 总')).toBe('<mark>泉港</mark>区总');
    expect(joinHan('联 系 人 ： <mark>吴 </mark><mark>昊</mark>. 联')).toBe('联系人：<mark>吴昊</mark>。联');
    expect(joinHan('小 于 <mark>50MB</mark>。')).toBe('小于 <mark>50MB</mark>。');
  });
  it('turns the full stop Pagefind adds after a Chinese heading into a Chinese one, and only there', () => {
    expect(joinHan('泉 港 区 总 工 会. 通 知')).toBe('泉港区总工会。通知');
    expect(joinHan('MP4, 画 面 清 晰')).toBe('MP4, 画面清晰');
    expect(joinHan('版 本 1.2 说 明')).toBe('版本 1.2 说明');
  });
  it('lets only <mark> through as HTML', () => {
    const out = safeExcerpt('<mark>泉 港</mark> <img src=x onerror=alert(1)> &lt;b&gt;');
    expect(out).toMatch(/^<mark>泉港<\/mark>\s+&lt;b&gt;$/);
    expect(out).not.toContain('<img');
  });
  it('names a notice by its 文号 first', () => {
    expect(resultTitle({ title: '关于……的通知', 文号: '闽工〔2019〕64号' })).toBe('闽工〔2019〕64号　关于……的通知');
    expect(resultTitle({ title: '联系方式' })).toBe('联系方式');
  });
});

describe('rankExact', () => {
  it('keeps only exact matches, ordered by the ranking search', () => {
    const exact = [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }];
    const loose = [{ id: 'x', score: 9 }, { id: 'c', score: 3 }, { id: 'a', score: 2 }];
    expect(rankExact(exact, loose).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
  it('breaks ties with the second ranking, then the exact search order', () => {
    const exact = [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }];
    const primary = [{ id: 'a', score: 0.5 }, { id: 'b', score: 0.5 }, { id: 'c', score: 0.5 }];
    expect(rankExact(exact, primary, [{ id: 'c', score: 2 }, { id: 'b', score: 1 }]).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
  it('keeps the exact search order for ties', () => {
    const exact = [{ id: 'a', score: 1 }, { id: 'b', score: 1 }];
    expect(rankExact(exact, [{ id: 'b', score: 1 }, { id: 'a', score: 1 }]).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
