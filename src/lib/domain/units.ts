import type { Unit } from '../../schemas';
import { LEVEL_LABEL, LEVEL_ORDER } from '../words';
import { walkUp } from './tree';

/** Display name: as printed, with the standard name beside it where they differ. */
export function unitDisplayName(u: Pick<Unit, 'name' | 'standardName'>): string {
  return u.standardName && u.standardName !== u.name ? `${u.name}（${u.standardName}）` : u.name;
}

/** The chain from the top of the tree down to the unit itself. */
export function ancestry<T extends Pick<Unit, 'id' | 'parent'>>(units: ReadonlyMap<string, T>, id: string): T[] {
  return walkUp(units.get(id), (u) => (u.parent ? units.get(u.parent) : undefined), (u) => u.id).chain.reverse();
}

/** The level a unit stands at, by its depth in the tree (全国, 省级, 市级, 县级; deeper units count as 县级). */
export function levelOfUnit<T extends Pick<Unit, 'id' | 'parent'>>(units: ReadonlyMap<string, T>, id: string): string {
  const depth = ancestry(units, id).length - 1;
  return LEVEL_LABEL[LEVEL_ORDER[Math.min(Math.max(depth, 0), LEVEL_ORDER.length - 1)]!];
}
