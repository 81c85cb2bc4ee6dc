import { describe, expect, it } from 'vitest';
import { addIdHints, docNumberKey, noticeMeant, unitMeant } from '../../src/lib/content/id-hints';
import type { ContentSet } from '../../src/lib/content/load';
import { SLUG_MESSAGE, UNIT_ID_MESSAGE } from '../../src/schemas';

const unit = (id: string, name: string, standardName?: string) =>
  ({ file: 'content/units/x.json', at: [], id, line: () => 1, data: { id, name, standardName, kind: 'district', parent: null } }) as unknown as ContentSet['units'][number];
const notice = (id: string, docNumber: string, campaign: string) =>
  ({ file: `content/campaigns/${campaign}/notices/${id}.mdx`, at: [], id, line: () => 1, data: { docNumber, campaign, title: `${docNumber}的通知`, shortTitle: id } }) as unknown as ContentSet['notices'][number];

const units = [unit('fujian/quanzhou', '泉州市总工会'), unit('fujian/quanzhou/quangang', '泉港区总工会'), unit('fujian/quanzhou/yongchun', '永春市总工会', '永春县总工会'), unit('fujian/quanzhou/zone', '泉州开发区工委会')];
const notices = [notice('qg-2019-27', '泉工〔2019〕27号', '2019'), notice('qg-2020-27', '泉工〔2020〕27号', '2020'), notice('mg-2019-64', '闽工〔2019〕64号', '2019')];

describe('the id a name or a 文号 means', () => {
  it('a unit by its printed or standard name, with or without 总工会, or the only name that contains it', () => {
    expect(unitMeant('泉港区总工会', units)).toBe('fujian/quanzhou/quangang');
    expect(unitMeant(' 泉港区 ', units)).toBe('fujian/quanzhou/quangang');
    expect(unitMeant('永春县', units)).toBe('fujian/quanzhou/yongchun');
    expect(unitMeant('开发区', units)).toBe('fujian/quanzhou/zone');
    // Two names contain 泉州: no guess.
    expect(unitMeant('泉州', units)).toBeUndefined();
    expect(unitMeant('厦门', units)).toBeUndefined();
  });

  it('a notice by its 文号 in any brackets and spacing, of the file\'s year', () => {
    expect(docNumberKey('泉工 [2019] 第27号')).toBe('泉工〔2019〕27号');
    expect(noticeMeant('泉工（2019）27号', notices, '2019')).toBe('qg-2019-27');
    expect(noticeMeant('泉工〔2020〕27号', notices, '2019')).toBe('qg-2020-27');
    expect(noticeMeant('泉工〔2019〕28号', notices, '2019')).toBeUndefined();
  });

  it('adds the id to the schema\'s words on id fields only', () => {
    const content = { units, notices, plans: [] } as unknown as ContentSet;
    const issues = [
      { file: 'content/campaigns/2019/plans/x.json', path: 'rows[3].unit', expected: UNIT_ID_MESSAGE, found: '"泉港区总工会"' },
      { file: 'content/campaigns/2019/notices/x.mdx', path: 'implements', expected: SLUG_MESSAGE, found: '"泉工〔2019〕27号"' },
      // A plan is named by its notice: no plan qg-2019-27 here, so nothing is suggested.
      { file: 'content/campaigns/2019/notices/x.mdx', path: 'attachments[0].plan', expected: SLUG_MESSAGE, found: '"泉工〔2019〕27号"' },
      { file: 'content/campaigns/2019/timeline/x.json', path: '[0].id', expected: SLUG_MESSAGE, found: '"泉工〔2019〕27号"' },
    ];
    expect(addIdHints(issues, content).map((i) => i.expected.slice(i.expected.indexOf('（是不是') >= 0 ? i.expected.indexOf('（是不是') : i.expected.length))).toEqual([
      '（是不是 "fujian/quanzhou/quangang"？）',
      '（是不是 "qg-2019-27"？）',
      '',
      '',
    ]);
  });
});
