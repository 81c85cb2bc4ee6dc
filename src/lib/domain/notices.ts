import type { Notice, NoticeLevel } from '../../schemas';
import { LEVEL_LABEL, LEVEL_ORDER } from '../words';
import { walkUp } from './tree';

export interface NoticeRef {
  id: string;
  data: Pick<Notice, 'implements' | 'issuedOn' | 'level'>;
}

/** The chain a notice belongs to, from the outermost (national) down to the notice itself. */
export function noticeChain<T extends NoticeRef>(notices: readonly T[], id: string): T[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  return walkUp(byId.get(id), (n) => (n.data.implements ? byId.get(n.data.implements) : undefined), (n) => n.id).chain.reverse();
}

/** The notices that implement this one, in date order. */
export function implementedBy<T extends NoticeRef>(notices: readonly T[], id: string): T[] {
  return notices.filter((n) => n.data.implements === id).sort((a, b) => a.data.issuedOn.localeCompare(b.data.issuedOn));
}

/** Notices grouped by level, outermost first, each group by date. */
export function byLevel<T extends NoticeRef>(notices: readonly T[]): { level: NoticeLevel; label: string; notices: T[] }[] {
  return LEVEL_ORDER.map((level) => ({
    level,
    label: LEVEL_LABEL[level],
    notices: notices.filter((n) => n.data.level === level).sort((a, b) => a.data.issuedOn.localeCompare(b.data.issuedOn)),
  })).filter((g) => g.notices.length > 0);
}
