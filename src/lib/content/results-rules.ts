import type { CallResults, Organisation, Work } from '../../schemas';
import { matchUnit, nameKey, unitNameIndex, workKey } from '../domain/results';
import { describeValue, formatPath, type ContentIssue, type PathSegment } from './issues';
import type { Entry } from './load';
import { closest, issueAt, type Rule } from './rules';

/*
 * Rules on what the organisers published after the calls closed (results/<call id>.json and
 * record.json), run by the build and `npm run check`. A unit printed in a list that the tree does not
 * hold is kept as printed and flagged (a warning): organisers name companies' unions the tree never
 * will. A unit id written out that the tree does not hold is a typo, and an error.
 */

const warn = (i: ContentIssue): ContentIssue => ({ ...i, severity: 'warning' });

/** A results file is named for a call of its year. */
export const resultsCallExists: Rule = (c) => {
  const out: ContentIssue[] = [];
  const years = new Set(c.campaigns.map((e) => e.data.id));
  for (const e of c.results) {
    const y = e.data.campaign;
    if (!years.has(y)) continue;
    const calls = c.subprojects.filter((s) => s.data.campaign === y).map((s) => s.id);
    if (calls.includes(e.id) || c.invalid.has(`${y}/${e.id}`)) continue;
    const guess = closest(e.id, calls);
    out.push({
      file: e.file,
      path: '',
      expected: `以 ${y} 年的征集项目编号命名的文件（${calls.join('、')}）${guess ? `；是不是 ${guess}.json？` : ''}`,
      found: `${y} 年没有征集项目 ${JSON.stringify(e.id)}`,
    });
  }
  return out;
};

/** Something is published: a file with no list says nothing. */
export const resultsHaveContent: Rule = (c) => {
  const out: ContentIssue[] = [];
  for (const e of c.results) {
    const r = e.data;
    if (!r.shortlist && !r.vote && !r.awards)
      out.push({ file: e.file, line: e.line([]), path: '', expected: '至少写一项：shortlist（入围名单）、vote（投票）、awards（获奖名单）', found: '一项也没有' });
    if (r.awards && r.awards.groups.length === 0 && r.awards.organisations.length === 0)
      out.push(issueAt(e, ['awards'], '至少一组获奖作品（groups）或一个优秀组织奖单位（organisations）', '两项都是空的'));
  }
  for (const e of c.records)
    if (e.data.figures.length === 0 && !e.data.organisations)
      out.push({ file: e.file, line: e.line([]), path: '', expected: '至少写一项：figures（数字）、organisations（优秀组织奖）', found: '一项也没有' });
  return out;
};

/**
 * Dates in the order things happen: the shortlist, then the vote, then the awards; none before the
 * campaign began. A list dated after today is allowed (staff may add it ahead; pages show it from
 * that day) but flagged, since it is more often a slip of the year.
 */
export const resultsDatesInOrder: Rule = (c, ctx) => {
  const out: ContentIssue[] = [];
  const started = new Map(c.campaigns.map((e) => [e.data.id, e.data.from]));
  const ahead = (e: Entry<unknown>, path: PathSegment[], date: string) => {
    if (date > ctx.today)
      out.push(warn(issueAt(e, path, `公布日期不晚于今天（${ctx.today}）；在这一天之前，网站不显示这份名单或数字`, date)));
  };
  const notBefore = (e: Entry<unknown>, path: PathSegment[], date: string, y: string) => {
    const from = started.get(y);
    if (from && date < from) out.push(issueAt(e, path, `不早于活动开始日期 ${from}`, date));
  };
  for (const e of c.results) {
    const { shortlist: s, vote: v, awards: a, campaign: y } = e.data;
    if (s) notBefore(e, ['shortlist', 'publishedOn'], s.publishedOn, y);
    if (v) notBefore(e, ['vote', 'from'], v.from, y);
    if (a) notBefore(e, ['awards', 'publishedOn'], a.publishedOn, y);
    if (v && v.from > v.to) out.push(issueAt(e, ['vote', 'to'], `结束日期不早于开始日期 ${v.from}`, v.to));
    if (s && v && v.from < s.publishedOn) out.push(issueAt(e, ['vote', 'from'], `不早于入围名单的公布日期 ${s.publishedOn}（先公布名单，再投票）`, v.from));
    if (a && v && a.publishedOn < v.to) out.push(issueAt(e, ['awards', 'publishedOn'], `不早于投票的最后一天 ${v.to}（投票结束后才公布获奖名单）`, a.publishedOn));
    else if (a && s && a.publishedOn < s.publishedOn) out.push(issueAt(e, ['awards', 'publishedOn'], `不早于入围名单的公布日期 ${s.publishedOn}`, a.publishedOn));
    if (s) ahead(e, ['shortlist', 'publishedOn'], s.publishedOn);
    if (a) ahead(e, ['awards', 'publishedOn'], a.publishedOn);
  }
  for (const e of c.records) {
    e.data.figures.forEach((f, i) => {
      notBefore(e, ['figures', i, 'publishedOn'], f.publishedOn, e.data.campaign);
      ahead(e, ['figures', i, 'publishedOn'], f.publishedOn);
    });
    const o = e.data.organisations;
    if (o) {
      notBefore(e, ['organisations', 'publishedOn'], o.publishedOn, e.data.campaign);
      ahead(e, ['organisations', 'publishedOn'], o.publishedOn);
    }
  }
  return out;
};

/** Every work and unit a results file names, with its path in the file. */
function resultUnits(r: CallResults): { path: PathSegment[]; item: Work | Organisation }[] {
  return [
    ...(r.shortlist?.works ?? []).map((item, i) => ({ path: ['shortlist', 'works', i] as PathSegment[], item })),
    ...(r.awards?.groups ?? []).flatMap((g, gi) => g.works.map((item, i) => ({ path: ['awards', 'groups', gi, 'works', i] as PathSegment[], item }))),
    ...(r.awards?.organisations ?? []).map((item, i) => ({ path: ['awards', 'organisations', i] as PathSegment[], item })),
  ];
}

/**
 * Each unit a list names is the tree's where it can be: a `unitId` written out must exist; a
 * printed name is matched to the tree's names (总工会 aside), and one it cannot be matched to is
 * shown as printed, without a link, and flagged.
 */
export const resultsUnitsKnown: Rule = (c) => {
  const out: ContentIssue[] = [];
  const units = new Set(c.units.map((u) => u.id));
  const index = unitNameIndex(c.units.map((u) => u.data));
  const unreadable = (c.brokenUnitFiles ?? []).length > 0;
  const named: { e: Entry<unknown>; path: PathSegment[]; item: Work | Organisation }[] = [
    ...c.results.flatMap((e) => resultUnits(e.data).map((n) => ({ e, ...n }))),
    ...c.records.flatMap((e) => (e.data.organisations?.units ?? []).map((item, i) => ({ e, path: ['organisations', 'units', i] as PathSegment[], item }))),
  ];
  // A name the tree lacks is flagged once per file, where it first stands, with how often it recurs.
  const unmatched = new Map<string, { issue: ContentIssue; more: number }>();
  for (const { e, path, item } of named) {
    const m = matchUnit(item.unit, item.unitId, index, (id) => units.has(id) || c.invalid.has(id));
    if (m.kind === 'id' || m.kind === 'name' || unreadable) continue;
    if (item.unitId !== undefined) {
      const guess = closest(item.unitId, units);
      out.push(issueAt(e, [...path, 'unitId'], `已有的单位编号${guess ? `（是不是 ${JSON.stringify(guess)}？）` : ''}；不在单位名单中的单位不写 unitId，照印的写 unit 即可`, `${JSON.stringify(item.unitId)}，没有这个单位编号`));
      continue;
    }
    const key = `${e.file}\u0000${item.unit}`;
    const seen = unmatched.get(key);
    if (seen) {
      seen.more++;
      continue;
    }
    const issue =
      m.kind === 'ambiguous'
        ? warn(issueAt(e, [...path, 'unit'], `写明 unitId：单位名单中有几个单位叫这个名称（${m.ids.join('、')}），网站不知道链接哪一个，暂照印的显示`, JSON.stringify(item.unit)))
        : warn(
            issueAt(
              e,
              [...path, 'unit'],
              '单位名单（content/units/）中的单位？网站照印的名称显示，不链接到单位页面，也不计入任何单位的评选结果；如果它就是名单中的某个单位（名称印得不同），加 unitId 写明编号，不是就不用改',
              `${JSON.stringify(item.unit)}，单位名单中没有这个名称`,
            ),
          );
    unmatched.set(key, { issue, more: 0 });
    out.push(issue);
  }
  for (const { issue, more } of unmatched.values()) if (more > 0) issue.found += `（本文件另有 ${more} 处同名）`;
  return out;
};

/** No list says the same thing twice: a work shortlisted twice, one work given two awards, a level in two groups. */
export const resultsWithoutRepeats: Rule = (c) => {
  const out: ContentIssue[] = [];
  /** Each repeat in `list` by `key`; `shown` is how the message names the item. */
  const repeats = <T>(
    e: Entry<unknown>,
    path: PathSegment[],
    list: readonly T[] | undefined,
    key: (t: T) => string,
    at: PathSegment[],
    expected: (first: PathSegment[]) => string,
    shown: (t: T) => string = key,
  ) => {
    const seen = new Map<string, PathSegment[]>();
    list?.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first) out.push(issueAt(e, [...path, i, ...at], expected(first), `${describeValue(shown(item))}，重复`));
      else seen.set(k, [...path, i]);
    });
  };
  const same = (first: PathSegment[]) => `每项只写一次（与 ${formatPath(first)} 相同）`;
  // A unit is the same unit however it is printed, where the tree knows it.
  const index = unitNameIndex(c.units.map((u) => u.data));
  const units = new Set(c.units.map((u) => u.id));
  const orgKey = (o: Organisation) => {
    const m = matchUnit(o.unit, o.unitId, index, (id) => units.has(id));
    return m.kind === 'id' || m.kind === 'name' ? m.id : nameKey(o.unit);
  };
  for (const e of c.results) {
    const r = e.data;
    repeats(e, ['shortlist', 'works'], r.shortlist?.works, workKey, ['title'], same, (w) => w.title);
    r.shortlist?.works.forEach((w, i) => repeats(e, ['shortlist', 'works', i, 'authors'], w.authors, (a) => a, [], same));
    repeats(e, ['vote', 'platforms'], r.vote?.platforms, (p) => JSON.stringify(p), [], same, (p) => p.label);
    repeats(e, ['awards', 'groups'], r.awards?.groups, (g) => `${g.level}|${g.name ?? ''}`, ['level'], (first) => `每个奖项只写一组（${formatPath(first)} 已是这个奖项）`, (g) => g.name ?? g.level);
    // One work, one award: the same title and unit in two groups (or twice in one).
    const seen = new Map<string, PathSegment[]>();
    r.awards?.groups.forEach((g, gi) =>
      g.works.forEach((w, i) => {
        const first = seen.get(workKey(w));
        if (first) out.push(issueAt(e, ['awards', 'groups', gi, 'works', i, 'title'], `每件作品只得一个奖项（${formatPath(first)} 已有这件作品）`, `${JSON.stringify(w.title)}，重复`));
        else seen.set(workKey(w), ['awards', 'groups', gi, 'works', i]);
        repeats(e, ['awards', 'groups', gi, 'works', i, 'authors'], w.authors, (a) => a, [], same);
      }),
    );
    repeats(e, ['awards', 'organisations'], r.awards?.organisations, orgKey, ['unit'], same, (o) => o.unit);
  }
  for (const e of c.records) repeats(e, ['organisations', 'units'], e.data.organisations?.units, orgKey, ['unit'], same, (o) => o.unit);
  return out;
};

export const RESULTS_RULES: readonly Rule[] = [resultsCallExists, resultsHaveContent, resultsDatesInOrder, resultsUnitsKnown, resultsWithoutRepeats];
