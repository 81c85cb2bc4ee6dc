import type { Contact, Notice, NoticeLevel, Subproject } from '../../schemas';
import { LEVEL_LABEL, LEVEL_ORDER } from '../words';

/**
 * Every contact the notices and sub-projects print, grouped as /contacts/ shows them
 * (by notice level, then by sub-project; src/lib/formats/vcard.ts makes each group a card file). A group whose
 * names and numbers are printed side by side (陈文娟 郭晋 / 010-68591637 010-68591641)
 * stays one card for the office, with the names in the card's note: never a name
 * paired with a number the notice does not pair it with.
 */

export interface ContactGroup {
  /** File-name-safe id, unique across groups: the notice's or the sub-project's id. */
  id: string;
  kind: 'notice' | 'subproject';
  level?: NoticeLevel;
  /** 全国 · 总工发〔2019〕17号 / 微视频 */
  title: string;
  /** The notice or call the contacts are printed in. */
  source: { docNumber: string; title: string; noticeId: string; anchor?: string };
  /** Who the group answers for (承办单位 of a sub-project). */
  organisers?: string[];
  contacts: Contact[];
  /** For the card's revision date: the day the notice was issued. */
  issuedOn: string;
}

interface NoticeIn {
  id: string;
  data: Pick<Notice, 'docNumber' | 'title' | 'level' | 'contacts' | 'issuedOn' | 'campaign' | 'attachments'>;
}
interface SubprojectIn {
  id: string;
  data: Pick<Subproject, 'title' | 'shortName' | 'order' | 'notice' | 'organisers' | 'contacts' | 'campaign'>;
}

/** The attachment of a notice that lists its calls (附件2 of the national notice). */
export function callsAttachment(notice: { data: Pick<Notice, 'attachments'> } | undefined): string | undefined {
  const a = notice?.data.attachments.find((x) => x.kind === 'subprojects');
  return a ? `附件${a.no}` : undefined;
}

/** The groups of one campaign: notices outermost level first, then sub-projects in their order. */
export function contactGroups(notices: readonly NoticeIn[], subprojects: readonly SubprojectIn[], campaign: string): ContactGroup[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  const levelGroups = notices
    .filter((n) => n.data.campaign === campaign && n.data.contacts.length > 0)
    .sort((a, b) => LEVEL_ORDER.indexOf(a.data.level) - LEVEL_ORDER.indexOf(b.data.level) || a.data.issuedOn.localeCompare(b.data.issuedOn))
    .map(
      (n): ContactGroup => ({
        id: n.id,
        kind: 'notice',
        level: n.data.level,
        title: `${LEVEL_LABEL[n.data.level]} · ${n.data.docNumber}`,
        source: { docNumber: n.data.docNumber, title: n.data.title, noticeId: n.id },
        contacts: n.data.contacts,
        issuedOn: n.data.issuedOn,
      }),
    );
  const subprojectGroups = subprojects
    .filter((s) => s.data.campaign === campaign)
    .sort((a, b) => a.data.order - b.data.order)
    .map((s): ContactGroup => {
      const notice = byId.get(s.data.notice);
      return {
        id: s.id,
        kind: 'subproject',
        title: s.data.title,
        source: { docNumber: notice?.data.docNumber ?? s.data.notice, title: notice?.data.title ?? '', noticeId: s.data.notice, anchor: callsAttachment(notice) },
        organisers: s.data.organisers.map((o) => o.name),
        contacts: s.data.contacts,
        issuedOn: notice?.data.issuedOn ?? '',
      };
    });
  const groups = [...levelGroups, ...subprojectGroups];
  const seen = new Set<string>();
  for (const g of groups) {
    if (seen.has(g.id)) throw new Error(`联系人分组编号重复：${g.id}（通知和征集项目的文件名不能相同）`);
    seen.add(g.id);
  }
  return groups;
}

/** A contact as the notice prints it: without a unit the data layer added from the notice's text. */
export function asPrinted(c: Contact): Contact {
  if (c.orgPrinted !== false) return c;
  const { org: _added, ...printed } = c;
  return printed;
}

/** True when a contact prints several names beside several numbers, unpaired. */
export function isUnpaired(c: Contact): boolean {
  return c.names.length > 1;
}

/** The organisation a contact belongs to: its own, else the sub-project's single organiser. */
export function contactOrg(c: Contact, group: Pick<ContactGroup, 'organisers'>): string | undefined {
  return c.org ?? (group.organisers?.length === 1 ? group.organisers[0] : undefined);
}
