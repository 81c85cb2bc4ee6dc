import { describe, expect, it } from 'vitest';
import { byLevel, implementedBy, noticeChain, type NoticeRef } from '../../src/lib/domain/notices';
import { LEVEL_ORDER } from '../../src/lib/words';
import type { NoticeLevel } from '../../src/schemas';

function n(id: string, level: NoticeLevel, issuedOn: string, implementsId: string | null = null): NoticeRef {
  return { id, data: { level, issuedOn, implements: implementsId } };
}

const national = n('zgf-2019-17', 'national', '2019-05-29');
const fujian = n('mg-2019-64', 'provincial', '2019-07-08', 'zgf-2019-17');
const quanzhou = n('qg-2019-27', 'municipal', '2019-08-02', 'mg-2019-64');
const guangdong = n('yue-2019-5', 'provincial', '2019-06-20', 'zgf-2019-17');
const shaanxi = n('shaan-2019-9', 'provincial', '2019-09-01', 'zgf-2019-17');
const all = [quanzhou, shaanxi, national, fujian, guangdong];

const ids = (list: NoticeRef[]) => list.map((x) => x.id);

describe('noticeChain', () => {
  it('runs from the outermost notice down to the notice itself', () => {
    expect(ids(noticeChain(all, 'qg-2019-27'))).toEqual(['zgf-2019-17', 'mg-2019-64', 'qg-2019-27']);
  });

  it('returns the same objects it was given', () => {
    expect(noticeChain(all, 'mg-2019-64')[0]).toBe(national);
  });

  it('is just the notice for a top-level notice', () => {
    expect(ids(noticeChain(all, 'zgf-2019-17'))).toEqual(['zgf-2019-17']);
  });

  it('is empty for an unknown id', () => {
    expect(noticeChain(all, 'nope')).toEqual([]);
  });

  it('stops where the implemented notice is missing', () => {
    const orphan = n('orphan', 'county', '2019-09-01', 'missing-notice');
    expect(ids(noticeChain([...all, orphan], 'orphan'))).toEqual(['orphan']);
  });

  it('stops on a cycle, listing each notice once', () => {
    const a = n('a', 'provincial', '2019-01-01', 'c');
    const b = n('b', 'municipal', '2019-01-02', 'a');
    const c = n('c', 'county', '2019-01-03', 'b');
    expect(ids(noticeChain([a, b, c], 'c'))).toEqual(['a', 'b', 'c']);
    const self = n('self', 'national', '2019-01-01', 'self');
    expect(ids(noticeChain([self], 'self'))).toEqual(['self']);
  });
});

describe('implementedBy', () => {
  it('lists the direct implementers in date order', () => {
    expect(ids(implementedBy(all, 'zgf-2019-17'))).toEqual(['yue-2019-5', 'mg-2019-64', 'shaan-2019-9']);
  });

  it('does not include indirect implementers', () => {
    expect(ids(implementedBy(all, 'mg-2019-64'))).toEqual(['qg-2019-27']);
  });

  it('is empty when nothing implements the notice', () => {
    expect(implementedBy(all, 'qg-2019-27')).toEqual([]);
  });

  it('does not reorder the input array', () => {
    const input = [...all];
    implementedBy(input, 'zgf-2019-17');
    expect(input).toEqual(all);
  });
});

describe('byLevel', () => {
  it('groups outermost first, each group in date order, with Chinese labels', () => {
    const county = n('jj-2019-3', 'county', '2019-08-20', 'qg-2019-27');
    const groups = byLevel([county, ...all]);
    expect(groups.map((g) => [g.level, g.label, ids(g.notices)])).toEqual([
      ['national', '全国', ['zgf-2019-17']],
      ['provincial', '省级', ['yue-2019-5', 'mg-2019-64', 'shaan-2019-9']],
      ['municipal', '市级', ['qg-2019-27']],
      ['county', '县级', ['jj-2019-3']],
    ]);
  });

  it('drops empty levels', () => {
    const groups = byLevel([quanzhou, national]);
    expect(groups.map((g) => g.level)).toEqual(['national', 'municipal']);
  });

  it('is empty for no notices', () => {
    expect(byLevel([])).toEqual([]);
  });

  it('follows LEVEL_ORDER', () => {
    expect(LEVEL_ORDER).toEqual(['national', 'provincial', 'municipal', 'county']);
  });
});
