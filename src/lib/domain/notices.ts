import type { Notice, NoticeLevel } from '../../schemas';

export interface NoticeRef {
  id: string;
  data: Pick<Notice, 'implements' | 'issuedOn' | 'level'>;
}

/** The chain a notice belongs to, from the outermost (national) down to the notice itself. */
export function noticeChain<T extends NoticeRef>(notices: readonly T[], id: string): T[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  const chain: T[] = [];
  const seen = new Set<string>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    chain.unshift(cur);
    cur = cur.data.implements ? byId.get(cur.data.implements) : undefined;
  }
  return chain;
}

/** The notices that implement this one, in date order. */
export function implementedBy<T extends NoticeRef>(notices: readonly T[], id: string): T[] {
  return notices.filter((n) => n.data.implements === id).sort((a, b) => a.data.issuedOn.localeCompare(b.data.issuedOn));
}

export const LEVEL_ORDER: readonly NoticeLevel[] = ['national', 'provincial', 'municipal', 'county'];
export const LEVEL_LABEL: Record<NoticeLevel, string> = {
  national: '全国',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
};

/** Notices grouped by level, outermost first, each group by date. */
export function byLevel<T extends NoticeRef>(notices: readonly T[]): { level: NoticeLevel; label: string; notices: T[] }[] {
  return LEVEL_ORDER.map((level) => ({
    level,
    label: LEVEL_LABEL[level],
    notices: notices.filter((n) => n.data.level === level).sort((a, b) => a.data.issuedOn.localeCompare(b.data.issuedOn)),
  })).filter((g) => g.notices.length > 0);
}
