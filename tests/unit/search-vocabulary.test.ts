import { describe, expect, it } from 'vitest';
import { compileVocabulary, dateWords, planSearch } from '../../src/lib/search/vocabulary';

const vocabulary = compileVocabulary([
  { words: ['上传', '参赛', '交作品'], means: ['提交作品', '征集'] },
  { words: ['区工会'], means: ['区总工会'] },
  { words: ['多大'], means: ['50MB'] },
  { words: ['兆'], means: ['MB'] },
  { words: ['ＡＰＰ'], means: ['普惠服务'] },
]);

describe('compileVocabulary', () => {
  it('normalises words and meanings as queries are normalised', () => {
    expect(vocabulary[2]).toEqual({ words: ['多大'], means: ['50mb'] });
    expect(vocabulary[4]).toEqual({ words: ['app'], means: ['普惠服务'] });
  });
});

describe('planSearch', () => {
  it('searches the words as typed first, then through the vocabulary in its order', () => {
    const plan = planSearch('参赛', vocabulary);
    expect(plan.map((a) => a.text)).toEqual(['参赛', '提交作品', '征集']);
    expect(plan[0]!.via).toEqual([]);
    expect(plan[1]!.via).toEqual([{ word: '参赛', means: '提交作品' }]);
    expect(plan[1]!.parts).toEqual(['"提 交 作 品"']);
    expect(plan[1]!.loose).toBe('提 交 作 品');
  });

  it('replaces a word inside a longer one in place first, then as a word of its own', () => {
    expect(planSearch('泉港区工会', vocabulary).map((a) => a.parts)).toEqual([['"泉 港 区 工 会"'], ['"泉 港 区 总 工 会"'], ['"泉 港"', '"区 总 工 会"']]);
    // Apart, the rest of the word stays a phrase and both must match; the excerpt is cut around the vocabulary's word.
    const apart = planSearch('视频多大', vocabulary).at(-1)!;
    expect(apart.parts).toEqual(['"视 频"', '50mb']);
    expect(apart.excerptPart).toBe(1);
  });

  it('a number and its unit: 50兆 is searched as 50mb', () => {
    expect(planSearch('50兆', vocabulary).map((a) => a.text)).toEqual(['50兆', '50mb', '50 mb']);
  });

  it('reads any width and case, in the query and in the vocabulary', () => {
    expect(planSearch('ＡＰＰ', vocabulary).map((a) => a.text)).toEqual(['app', '普惠服务']);
    expect(planSearch('Ｑ　泉港', vocabulary)[0]!.parts).toEqual(['q', '"泉 港"']);
  });

  it('several terms must all match; each may go through the vocabulary', () => {
    const plan = planSearch('摄影 参赛', vocabulary);
    expect(plan[0]!.parts).toEqual(['"摄 影"', '"参 赛"']);
    expect(plan.slice(1).map((a) => a.text)).toEqual(['摄影 提交作品', '摄影 征集']);
  });

  it('the longest vocabulary word wins where two overlap', () => {
    const v = compileVocabulary([
      { words: ['截止'], means: ['日前'] },
      { words: ['截止时间'], means: ['阶段'] },
    ]);
    expect(planSearch('截止时间', v).map((a) => a.text)).toEqual(['截止时间', '阶段']);
  });

  it('never plans more than its limit, however many words a query has', () => {
    const v = compileVocabulary([{ words: ['甲', '乙', '丙', '丁'], means: ['一', '二', '三', '四', '五'] }]);
    const plan = planSearch('甲 乙 丙 丁 甲乙丙丁', v, 16);
    expect(plan.length).toBe(16);
    expect(plan[0]!.via).toEqual([]);
  });

  it('an empty query plans nothing', () => {
    expect(planSearch('  “” ', vocabulary)).toEqual([]);
  });

  it('a date written otherwise is searched as the notices write it', () => {
    expect(planSearch('9.30', vocabulary).map((a) => a.text)).toEqual(['9月30日']);
    expect(planSearch('2019-09-30', vocabulary).map((a) => a.text)).toEqual(['2019年9月30日', '9月30日']);
  });
});

describe('dateWords', () => {
  it('reads the usual ways of writing a date', () => {
    expect(dateWords('9.30')).toEqual(['9月30日']);
    expect(dateWords('10/8')).toEqual(['10月8日']);
    expect(dateWords('2019/9/30')).toEqual(['2019年9月30日', '9月30日']);
    expect(dateWords('9月30号')).toEqual(['9月30日']);
  });
  it('leaves what is not a date, or is written as the notices write it', () => {
    expect(dateWords('13.1')).toEqual([]);
    expect(dateWords('1.2.3')).toEqual([]);
    expect(dateWords('8771')).toEqual([]);
    expect(dateWords('9月30日')).toEqual([]);
  });
});
