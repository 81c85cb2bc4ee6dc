import type { ContactGroup } from '../domain/contacts';
import { contactPhones, type Phone } from '../../schemas';

/** Whom to call when search finds nothing: each level's notice, with the numbers it prints to call. */
export interface AskGroup {
  /** 全国 · 总工发〔2019〕17号 */
  title: string;
  phones: Phone[];
}

/** The notices' contacts (not the calls'), outermost level first; fax numbers are not numbers to call. */
export function askByPhone(groups: readonly ContactGroup[]): AskGroup[] {
  return groups
    .filter((g) => g.kind === 'notice')
    .map((g) => ({ title: g.title, phones: g.contacts.flatMap((c) => contactPhones(c)).filter((p) => typeof p === 'string' || p.fax !== true) }))
    .filter((g) => g.phones.length > 0);
}
