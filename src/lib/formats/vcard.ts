import VCard from 'vcard-creator';
import { contactPhones, type Contact } from '../../schemas';
import { contactOrg, isUnpaired, type ContactGroup } from '../domain/contacts';
import { phoneView } from './text';

/** One vCard 3.0 per printed contact (3.0: what Android and iOS contacts import reliably). */
export function contactCard(c: Contact, group: ContactGroup): string {
  const card = new VCard();
  const org = contactOrg(c, group);
  const unpaired = isUnpaired(c);
  // A group of unpaired names is a card for the office; a single name is a card for that person.
  const fn = unpaired ? `${org ?? group.title}（${c.names.join('、')}）` : c.names[0]!;
  card.addFullName(fn);
  // Chinese names are not split into family and given names: the split is not printed.
  card.addName({ familyName: unpaired ? (org ?? group.title) : c.names[0]! });
  if (org) card.addCompany({ name: org });
  if (group.kind === 'subproject') card.addJobtitle(`${group.title}联系人`);
  for (const p of contactPhones(c)) {
    const v = phoneView(p);
    card.addPhoneNumber({ number: v.tel, type: v.kind === 'fax' ? ['work', 'fax'] : v.kind === 'mobile' ? ['cell'] : ['work', 'voice'] });
  }
  for (const e of c.emails) card.addEmail({ address: e, type: ['internet', 'work'] });
  const note = [
    unpaired ? `联系人：${c.names.join('、')}。通知把姓名和电话分开列出，没有写明哪个电话对应哪位联系人。` : undefined,
    `来源：${(group.kind === 'subproject' ? [group.source.docNumber, group.source.anchor, group.title] : [group.source.docNumber]).filter(Boolean).join(' ')}（${group.issuedOn.slice(0, 4)}年印发，号码可能已经变更）。`,
  ].filter(Boolean);
  card.addNote(note.join(' '));
  card.addCategories([group.title]);
  // REV: the notice's date, not the build time, so that rebuilding does not change the file.
  if (group.issuedOn) card.addRevision(new Date(`${group.issuedOn}T00:00:00+08:00`));
  return card.toString();
}

/** All the cards of a group in one .vcf file. */
export function groupVcf(group: ContactGroup): string {
  return group.contacts.map((c) => contactCard(c, group)).join('');
}
