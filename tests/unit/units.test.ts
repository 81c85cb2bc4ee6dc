import { describe, expect, it } from 'vitest';
import { ancestry, unitDisplayName } from '../../src/lib/domain/units';

type U = { id: string; parent: string | null; name: string };
const u = (id: string, parent: string | null, name = id): U => ({ id, parent, name });

const list: U[] = [
  u('national', null, '全国'),
  u('fujian', 'national', '福建省'),
  u('beijing', 'national', '北京市'),
  u('fujian/quanzhou', 'fujian', '泉州市'),
  u('fujian/quanzhou/licheng', 'fujian/quanzhou', '鲤城区总工会'),
  u('fujian/quanzhou/yongchun', 'fujian/quanzhou', '永春市总工会'),
  u('fujian/fuzhou', 'fujian', '福州市'),
];
const units = new Map(list.map((x) => [x.id, x]));

describe('unitDisplayName', () => {
  it('adds the standard name in full-width parentheses when it differs', () => {
    expect(unitDisplayName({ name: '永春市总工会', standardName: '永春县总工会' })).toBe('永春市总工会（永春县总工会）');
  });

  it('prints just the name when there is no standard name', () => {
    expect(unitDisplayName({ name: '鲤城区总工会' })).toBe('鲤城区总工会');
  });

  it('does not repeat a standard name equal to the printed one', () => {
    expect(unitDisplayName({ name: '福建省总工会', standardName: '福建省总工会' })).toBe('福建省总工会');
  });
});

describe('ancestry', () => {
  it('runs from the top of the tree down to the unit', () => {
    expect(ancestry(units, 'fujian/quanzhou/licheng').map((x) => x.id)).toEqual([
      'national',
      'fujian',
      'fujian/quanzhou',
      'fujian/quanzhou/licheng',
    ]);
  });

  it('is just the root for the root', () => {
    expect(ancestry(units, 'national').map((x) => x.id)).toEqual(['national']);
  });

  it('is empty for an unknown unit', () => {
    expect(ancestry(units, 'guangdong')).toEqual([]);
  });

  it('stops at a parent that is missing from the map', () => {
    const m = new Map([['a/b', u('a/b', 'a')]]);
    expect(ancestry(m, 'a/b').map((x) => x.id)).toEqual(['a/b']);
  });

  it('does not loop forever on a cycle', () => {
    const m = new Map([
      ['x', u('x', 'z')],
      ['y', u('y', 'x')],
      ['z', u('z', 'y')],
    ]);
    expect(ancestry(m, 'z').map((x) => x.id)).toEqual(['x', 'y', 'z']);
  });
});
