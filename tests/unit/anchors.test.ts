import { describe, expect, it } from 'vitest';
import { anchorFor, newAnchorState } from '../../src/lib/markdown/anchors';

/** Anchors for a sequence of paragraphs read in order, as the rehype plugin does. */
function anchorsOf(paragraphs: string[]): (string | undefined)[] {
  const state = newAnchorState();
  return paragraphs.map((p) => anchorFor(p, state));
}

describe('anchorFor', () => {
  it('numbers a realistic notice from its own numbering', () => {
    const paragraphs = [
      '各省、自治区、直辖市总工会，各全国产业工会：',
      '一、活动时间',
      '2019年5—11月,5—9月启动并推进开展,10月评选,11月总结。',
      '二、活动内容',
      '(一) 实施 “网聚职工正能量” 系列活动',
      '（二）开展好网民宣传员培训',
      '三、活动安排',
      '第一阶段: 活动启动推进。',
      '1. 5—9 月: 由全国总工会和中央网信办联合下发通知。',
      '2.9月:进行初步总结工作,各单位向活动平台按项目推荐优秀内容参评。',
      '第二阶段:作品评选',
      '10月,按项目对优秀内容进行评选。',
      '四、工作要求',
      '(一)突出主题,服务大局。',
    ];
    expect(anchorsOf(paragraphs)).toEqual([
      undefined,
      '一',
      undefined,
      '二',
      '二-一',
      '二-二',
      '三',
      '三-第一阶段',
      '三-1',
      '三-2',
      '三-第二阶段',
      undefined,
      '四',
      '四-一',
    ]);
  });

  it('takes the section number only from "X、" at the start', () => {
    const s = newAnchorState();
    expect(anchorFor('十一、其他', s)).toBe('十一');
    expect(s.section).toBe('十一');
    expect(anchorFor('关于一、二两项', s)).toBeUndefined();
  });

  it('ignores leading whitespace', () => {
    const s = newAnchorState();
    expect(anchorFor('  三、活动安排', s)).toBe('三');
    expect(anchorFor('\u3000（一）加强领导', s)).toBe('三-一');
    expect(anchorFor('   2、报送材料', s)).toBe('三-2');
  });

  it('accepts the full-width dot and 、 after item numbers', () => {
    const s = newAnchorState();
    anchorFor('二、要求', s);
    expect(anchorFor('3．报送', s)).toBe('二-3');
    expect(anchorFor('4、总结', s)).toBe('二-4');
  });

  it('returns undefined for plain text, including text that starts with a figure', () => {
    const s = newAnchorState();
    anchorFor('一、活动时间', s);
    expect(anchorFor('各地工会要积极主动与当地网信办建立协调联动推进机制。', s)).toBeUndefined();
    expect(anchorFor('2019年5—11月', s)).toBeUndefined();
    expect(anchorFor('11月,召开总结展示活动', s)).toBeUndefined();
    expect(anchorFor('', s)).toBeUndefined();
    // Nothing was reserved by the unnumbered paragraphs.
    expect(s.used).toEqual(new Set(['一']));
  });

  it('gives repeated numbers a -2, -3 suffix', () => {
    expect(anchorsOf(['三、安排', '1. 甲', '1. 乙', '1. 丙', '2. 丁'])).toEqual(['三', '三-1', '三-1-2', '三-1-3', '三-2']);
  });

  it('keeps repeated sections unique too', () => {
    expect(anchorsOf(['一、甲', '一、乙'])).toEqual(['一', '一-2']);
  });

  it('gives bare ids to numbered items before any section', () => {
    expect(anchorsOf(['1. 甲', '（二）乙', '第三阶段：丙', '一、丁', '1. 戊'])).toEqual(['1', '二', '第三阶段', '一', '一-1']);
  });

  it('does not share state between separate texts', () => {
    expect(anchorsOf(['一、甲'])).toEqual(['一']);
    expect(anchorsOf(['一、甲'])).toEqual(['一']);
    expect(anchorsOf(['1. 甲'])).toEqual(['1']);
  });
});
