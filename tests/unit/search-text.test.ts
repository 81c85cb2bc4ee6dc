import { describe, expect, it } from 'vitest';
import { hasHan, joinHan, resultTitle, safeExcerpt, spaceHan, spaceHanInHtml, toSearchQuery } from '../../src/lib/search/text';
import { rankExact } from '../../src/lib/search/rank';

describe('spaceHan', () => {
  it('puts a space between Han characters and around them, keeping ASCII words whole', () => {
    expect(spaceHan('泉港区总工会')).toBe('泉 港 区 总 工 会');
    expect(spaceHan('津工E家')).toBe('津 工 E 家');
    expect(spaceHan('文件小于 50MB。')).toBe('文 件 小 于 50MB。');
    expect(spaceHan('0591-87713873')).toBe('0591-87713873');
  });

  it('touches text only, never tags or attributes', () => {
    const html = '<a href="/泉港/" title="泉港区">泉港区</a><script>var 泉港=1</script><!-- 泉港 -->';
    expect(spaceHanInHtml(html)).toBe('<a href="/泉港/" title="泉港区">泉 港 区</a><script>var 泉港=1</script><!-- 泉港 -->');
  });

  it('knows Han from other scripts', () => {
    expect(hasHan('50MB')).toBe(false);
    expect(hasHan('津工E家')).toBe(true);
  });
});

describe('toSearchQuery', () => {
  it('turns a Chinese term into an exact phrase of its characters', () => {
    expect(toSearchQuery('泉港')).toBe('"泉 港"');
    expect(toSearchQuery('津工E家')).toBe('"津 工 E 家"');
  });
  it('keeps each term separate and leaves non-Chinese terms as prefixes', () => {
    expect(toSearchQuery('吴昊 传真')).toBe('"吴 昊" "传 真"');
    expect(toSearchQuery('8771')).toBe('8771');
    expect(toSearchQuery('50MB 微视频')).toBe('50MB "微 视 频"');
  });
  it('drops punctuation and quotes the user typed', () => {
    expect(toSearchQuery('闽工〔2019〕64号')).toBe('"闽 工 2019 64 号"');
    expect(toSearchQuery('“八闽工会人”')).toBe('"八 闽 工 会 人"');
    expect(toSearchQuery('  ')).toBe('');
  });
  it('a single character needs no quotes; the ranking search has none', () => {
    expect(toSearchQuery('港')).toBe('港');
    expect(toSearchQuery('泉港', false)).toBe('泉 港');
  });
});

describe('joinHan and safeExcerpt', () => {
  it('puts excerpts back together, with one mark per highlighted phrase', () => {
    expect(joinHan('<mark>泉 </mark><mark>港 </mark>区 总')).toBe('<mark>泉港</mark>区总');
    expect(joinHan('联 系 人 ： <mark>吴 </mark><mark>昊</mark>. 联')).toBe('联系人：<mark>吴昊</mark>. 联');
    expect(joinHan('小 于 <mark>50MB</mark>。')).toBe('小于 <mark>50MB</mark>。');
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
