import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { asPrinted, contactGroups, isUnpaired, type ContactGroup } from '../../src/lib/domain/contacts';
import { contactCard, groupVcf } from '../../src/lib/formats/vcard';
import { loadValidContent } from '../../src/lib/content';
import { siteOptions } from '../content/helpers';

const content = loadValidContent(siteOptions());
const groups = contactGroups(content.notices, content.subprojects, '2019');
const byId = new Map(groups.map((g) => [g.id, g]));

/** Parses a .vcf with ical.js (an independent, kept parser) into plain cards. */
function parseVcf(text: string) {
  // One card parses to a jCard ["vcard", …]; several to a list of them.
  const parsed = ICAL.parse(text) as unknown[];
  const list = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return list.map((jcard) => {
    const c = new ICAL.Component(jcard as never);
    const props = (name: string) => c.getAllProperties(name);
    return {
      version: c.getFirstPropertyValue('version'),
      fn: c.getFirstPropertyValue('fn'),
      org: c.getFirstPropertyValue('org'),
      note: c.getFirstPropertyValue('note') as string,
      tel: props('tel').map((p) => ({ value: p.getFirstValue(), type: p.getParameter('type') })),
      email: props('email').map((p) => p.getFirstValue()),
    };
  });
}

describe('contactGroups', () => {
  it('has the notices that print contacts by level, then the seven calls in order', () => {
    expect(groups.map((g) => g.id)).toEqual([
      'zgf-2019-17',
      'mg-2019-64',
      'qg-2019-27',
      // Made for the print test (test-2019-2 prints no contacts).
      'test-2019-1',
      'test-2019-3',
      'micro-video',
      'themed-activities',
      'photography',
      'service-platforms',
      'recitation',
      'songs',
      'micro-lessons',
    ]);
    expect(byId.get('mg-2019-64')?.title).toBe('省级 · 闽工〔2019〕64号');
  });

  it('rejects two groups with one id (a notice and a call may not share a file name)', () => {
    const n = content.notices[0]!;
    const s = { ...content.subprojects[0]!, id: n.id };
    expect(() => contactGroups([n], [s], '2019')).toThrow(/联系人分组编号重复/);
  });

  it('only the named campaign', () => {
    expect(contactGroups(content.notices, content.subprojects, '2020')).toEqual([]);
  });
});

describe('vCards (parsed back with ical.js)', () => {
  it('one card per printed contact, version 3.0', () => {
    for (const g of groups) {
      const cards = parseVcf(groupVcf(g));
      expect(cards, g.id).toHaveLength(g.contacts.length);
      for (const c of cards) expect(c.version).toBe('3.0');
    }
  });

  it('a single name is a person with the numbers printed beside it', () => {
    const [card] = parseVcf(groupVcf(byId.get('micro-video')!));
    expect(card).toMatchObject({ fn: '姜志', org: '天津市总工会', tel: [{ value: '+86-13502005741', type: 'CELL' }] });
  });

  it('as printed: a unit the notice does not print above its contacts is left out (it stays in the data and the cards)', () => {
    const quanzhou = content.notices.find((n) => n.id === 'qg-2019-27')!.data.contacts[0]!;
    expect(quanzhou.org).toBe('泉州市总工会宣教部');
    expect(asPrinted(quanzhou).org).toBeUndefined();
    expect(asPrinted(quanzhou).names).toEqual(['王鑫贤']);
    const national = content.notices.find((n) => n.id === 'zgf-2019-17')!.data.contacts[0]!;
    expect(asPrinted(national)).toBe(national);
    expect(parseVcf(groupVcf(byId.get('qg-2019-27')!))[0]).toMatchObject({ org: '泉州市总工会宣教部' });
  });

  it('unpaired names stay unpaired: one card for the office, names in the note', () => {
    const g = byId.get('zgf-2019-17')!;
    expect(g.contacts.every(isUnpaired)).toBe(true);
    const cards = parseVcf(groupVcf(g));
    expect(cards[0]).toMatchObject({ fn: '中华全国总工会网络工作部（陈文娟、郭晋）', org: '中华全国总工会网络工作部' });
    expect(cards[0]!.tel.map((t) => t.value)).toEqual(['+86-10-68591637', '+86-10-68591641']);
    expect(cards[0]!.note).toContain('没有写明哪个电话对应哪位联系人');
    expect(cards[1]).toMatchObject({ fn: '中央网信办网络社会工作局（李毅、盖群）' });
  });

  it('the fax is typed fax, the e-mail kept', () => {
    const [card] = parseVcf(groupVcf(byId.get('mg-2019-64')!));
    expect(card!.fn).toBe('吴昊');
    expect(card!.tel).toEqual([
      { value: '+86-591-87713873', type: ['WORK', 'VOICE'] },
      { value: '+86-591-87723862', type: ['WORK', 'FAX'] },
    ]);
    expect(card!.email).toEqual(['fjghwl@sina.com']);
  });

  it('two organisations of one call: each card its own organisation', () => {
    const cards = parseVcf(groupVcf(byId.get('service-platforms')!));
    expect(cards.map((c) => [c.fn, c.org])).toEqual([
      ['吴昊', '福建省总工会'],
      ['戴明词', '厦门市总工会'],
    ]);
  });

  it('is the same on every build (no build time inside)', () => {
    const g = byId.get('songs') as ContactGroup;
    expect(contactCard(g.contacts[0]!, g)).toBe(contactCard(g.contacts[0]!, g));
    expect(contactCard(g.contacts[0]!, g)).toContain('REV:2019-05-28T16:00:00.000Z');
  });

  it('escapes text and folds long lines without splitting a character', () => {
    const g: ContactGroup = {
      id: 'x',
      kind: 'notice',
      title: '测试',
      source: { docNumber: '测试〔2019〕1号', title: '', noticeId: 'x' },
      contacts: [{ org: '甲单位；乙,部门', names: ['张三'], phones: ['010-12345678'], emails: [] }],
      issuedOn: '2019-01-01',
    };
    const text = contactCard(g.contacts[0]!, g);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parseVcf(text)[0]!.org).toBe('甲单位；乙,部门');
  });
});
