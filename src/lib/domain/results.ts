import { AWARD_LEVELS, type AwardGroup, type AwardLevel, type Awards, type CallResults, type Shortlist, type Unit, type Vote, type Work } from '../../schemas';
import { daysBetween, entryState, type EntryState } from './timeline';

/**
 * What a call has published on a given day (the build clock's), and the phase that puts it in:
 * still taking works, shortlist out, vote under way, vote over, awards out. The content rules read
 * the unit matching from here too, so the check and the pages link the same units.
 */

/** The phases of a call, in the order a year goes through them. */
export const CALL_PHASES = ['submitting', 'awaiting', 'shortlisted', 'voting', 'counting', 'awarded'] as const;
export type CallPhaseKind = (typeof CALL_PHASES)[number];

export interface CallPhase {
  /**
   * submitting: nothing published and the campaign still runs (the page as before); awaiting:
   * nothing published and the campaign is over (the results are not added yet); shortlisted: the
   * shortlist is out, no vote under way; voting: the vote runs today; counting: the vote is over,
   * no awards yet; awarded: the awards are out.
   */
  kind: CallPhaseKind;
  /** What is published by `today`, nothing later. */
  shortlist?: Shortlist;
  vote?: Vote;
  /** The vote's state on `today`, as a deadline's: upcoming, current (its days), past. */
  voteState?: EntryState;
  /** Days to the vote's last day (0 on it), while it is ahead or under way. */
  voteDaysLeft?: number;
  /** Days to the vote's first day, while it is ahead. */
  voteDaysToStart?: number;
  awards?: Awards;
}

/**
 * The phase of a call on `today`. A list dated after today is not out yet (staff may add it ahead);
 * a vote is shown once its shortlist is out, or from its first day where there is none.
 */
export function callPhase(results: Pick<CallResults, 'shortlist' | 'vote' | 'awards'> | undefined, today: string, campaignEnded: boolean): CallPhase {
  const shortlist = results?.shortlist && results.shortlist.publishedOn <= today ? results.shortlist : undefined;
  const awards = results?.awards && results.awards.publishedOn <= today ? results.awards : undefined;
  const v = results?.vote;
  const vote = v && (shortlist || awards || today >= v.from) ? v : undefined;
  const phase: CallPhase = { kind: campaignEnded ? 'awaiting' : 'submitting' };
  if (shortlist) phase.shortlist = shortlist;
  if (awards) phase.awards = awards;
  if (vote) {
    phase.vote = vote;
    // Before its first day a vote is a phase to come; from then on, a deadline: 还有 N 天截止, 今天截止, 已截止.
    phase.voteState = today < vote.from ? 'upcoming' : entryState({ from: vote.from, to: vote.to }, today);
    if (phase.voteState !== 'past') phase.voteDaysLeft = daysBetween(today, vote.to);
    if (phase.voteState === 'upcoming') phase.voteDaysToStart = daysBetween(today, vote.from);
  }
  if (awards) phase.kind = 'awarded';
  else if (phase.voteState === 'current') phase.kind = 'voting';
  else if (phase.voteState === 'past') phase.kind = 'counting';
  else if (shortlist) phase.kind = 'shortlisted';
  return phase;
}

/** Award groups highest level first (the file's order among groups of one level). */
export function awardGroupsInOrder(groups: readonly AwardGroup[]): AwardGroup[] {
  return [...groups].sort((a, b) => AWARD_LEVELS.indexOf(a.level) - AWARD_LEVELS.indexOf(b.level));
}

/** The level that counts as being on the shortlist, not as an award. */
export const SHORTLIST_LEVEL: AwardLevel = 'shortlisted';

/** How a unit's printed name is matched to the tree. */
export type UnitMatch =
  | { kind: 'id'; id: string }
  | { kind: 'name'; id: string }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; ids: string[] };

/** A unit's name without the words that vary between lists (天津市总工会 and 天津市 are one unit). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(?:总工会|工会|工委会)$/, '');
}

/** The tree's units by the names they are printed with (name and standard name, without 总工会). */
export function unitNameIndex(units: Iterable<Pick<Unit, 'id' | 'name' | 'standardName'>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of units)
    for (const n of new Set([u.name, u.standardName].filter((x): x is string => !!x).map(nameKey))) {
      const list = out.get(n);
      if (list) list.push(u.id);
      else out.set(n, [u.id]);
    }
  return out;
}

/**
 * The tree unit a printed unit stands for: the `unitId` written beside it, else the one unit of the
 * tree printed with that name. A name the tree does not hold (a company's union) is kept as printed.
 */
export function matchUnit(printed: string, unitId: string | undefined, index: ReadonlyMap<string, readonly string[]>, known: (id: string) => boolean): UnitMatch {
  if (unitId !== undefined) return known(unitId) ? { kind: 'id', id: unitId } : { kind: 'unknown' };
  const ids = index.get(nameKey(printed)) ?? [];
  if (ids.length === 1) return { kind: 'name', id: ids[0]! };
  return ids.length > 1 ? { kind: 'ambiguous', ids: [...ids] } : { kind: 'unknown' };
}

/** The same work in two lists (the shortlist and the awards): its title and unit, as printed, without spaces and 《》. */
export function workKey(w: Pick<Work, 'title' | 'unit'>): string {
  const clean = (s: string) => s.normalize('NFKC').replace(/[\s《》“”"]/g, '');
  return `${clean(w.title)}|${nameKey(w.unit)}`;
}

/** A work with its best result so far: an award's level, or 入围 (`shortlisted`). */
export interface ResultWork {
  work: Work;
  level: AwardLevel;
  /** The level's name as the list prints it, where it has its own. */
  levelName?: string;
}

/**
 * Every work a call has published by now, once each, with its best result: the award it won, or
 * 入围 for a work on the shortlist (or in an award list's 入围 group) that won nothing.
 */
export function resultWorks(phase: Pick<CallPhase, 'shortlist' | 'awards'>): ResultWork[] {
  const out = new Map<string, ResultWork>();
  for (const g of awardGroupsInOrder(phase.awards?.groups ?? []))
    for (const w of g.works) if (!out.has(workKey(w))) out.set(workKey(w), { work: w, level: g.level, ...(g.name ? { levelName: g.name } : {}) });
  for (const w of phase.shortlist?.works ?? []) if (!out.has(workKey(w))) out.set(workKey(w), { work: w, level: SHORTLIST_LEVEL });
  return [...out.values()];
}
