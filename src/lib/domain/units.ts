import type { Unit } from '../../schemas';

/** The page of a unit: the root is /units/, the rest follow their path-like id. */
export function unitPath(id: string, rootId = 'national'): string {
  return id === rootId ? 'units/' : `units/${id}/`;
}

/** Display name: as printed, with the standard name beside it where they differ. */
export function unitDisplayName(u: Pick<Unit, 'name' | 'standardName'>): string {
  return u.standardName && u.standardName !== u.name ? `${u.name}（${u.standardName}）` : u.name;
}

/** The chain from the top of the tree down to the unit itself. */
export function ancestry<T extends Pick<Unit, 'id' | 'parent'>>(units: ReadonlyMap<string, T>, id: string): T[] {
  const chain: T[] = [];
  const seen = new Set<string>();
  let cur = units.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    chain.unshift(cur);
    cur = cur.parent ? units.get(cur.parent) : undefined;
  }
  return chain;
}

export function childrenOf<T extends Pick<Unit, 'parent'>>(units: Iterable<T>, id: string): T[] {
  return [...units].filter((u) => u.parent === id);
}

/** The level a unit stands at, by its depth in the tree: the search filter's words. */
export const DEPTH_LEVEL = ['全国', '省级', '市级', '县级'] as const;
export function levelOfUnit<T extends Pick<Unit, 'id' | 'parent'>>(units: ReadonlyMap<string, T>, id: string): string {
  const depth = ancestry(units, id).length - 1;
  return DEPTH_LEVEL[Math.min(Math.max(depth, 0), DEPTH_LEVEL.length - 1)] ?? '全国';
}
