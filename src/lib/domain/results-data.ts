import type { Organisation, ResultSource, Work } from '../../schemas';
import { toCsv, type CsvCell } from '../formats/csv';
import { AWARD_LEVEL_LABEL, RESULTS_WORD, approxFigure } from '../words';
import { awardGroupsInOrder } from './results';
import { callPhases, linkUnit, yearFigures, yearOrganisations } from './results-view';
import type { CampaignData, SiteData } from './site';

/**
 * A year's published results as downloads: every list as published (the shortlist, each award
 * group, 优秀组织奖) one row per work or unit, with its year, call and source; the figures each with
 * theirs. Only what is out on the build's day, as on the pages.
 */

export const RESULTS_COLUMNS = ['年份', '征集项目编号', '征集项目', '名单', '奖项', '作品名称', '作者', '单位（照印）', '单位编号', '公布日期', '出处', '出处网址'] as const;
export const FIGURES_COLUMNS = ['年份', '项目', '数字', '计量单位', '公布的写法', '公布日期', '出处', '发布单位', '出处网址'] as const;

export interface ResultRow {
  campaign: string;
  call: string | null;
  callTitle: string | null;
  /** shortlist, awards, organisations (a call's 优秀组织奖), year-organisations (the year's). */
  list: 'shortlist' | 'awards' | 'organisations' | 'year-organisations';
  level: string | null;
  levelName: string | null;
  title: string | null;
  authors: string[];
  unit: string;
  unitId: string | null;
  publishedOn: string;
  source: ResultSource;
}

const LIST_WORD: Record<ResultRow['list'], string> = {
  shortlist: RESULTS_WORD.shortlist,
  awards: RESULTS_WORD.awards,
  organisations: RESULTS_WORD.organisation,
  'year-organisations': RESULTS_WORD.organisation,
};

/** Every row of a year's results, call by call in order, then the year's own 优秀组织奖. */
export function resultRows(data: SiteData, year: CampaignData, today: string): ResultRow[] {
  const rows: ResultRow[] = [];
  const phases = callPhases(year, today);
  const row = (call: { id: string; title: string } | undefined, list: ResultRow['list'], item: Work | Organisation, publishedOn: string, source: ResultSource, level?: { key: string; name?: string }): ResultRow => ({
    campaign: year.year,
    call: call?.id ?? null,
    callTitle: call?.title ?? null,
    list,
    level: level?.key ?? null,
    levelName: level ? (level.name ?? AWARD_LEVEL_LABEL[level.key as keyof typeof AWARD_LEVEL_LABEL]) : null,
    title: 'title' in item ? item.title : null,
    authors: 'authors' in item ? item.authors : [],
    unit: item.unit,
    unitId: linkUnit(data, item).id ?? null,
    publishedOn,
    source,
  });
  for (const s of year.subprojects) {
    const p = phases.get(s.id);
    const call = { id: s.id, title: s.data.title };
    if (p?.shortlist) for (const w of p.shortlist.works) rows.push(row(call, 'shortlist', w, p.shortlist.publishedOn, p.shortlist.source, { key: 'shortlisted', name: RESULTS_WORD.shortlisted }));
    if (p?.awards) {
      for (const g of awardGroupsInOrder(p.awards.groups))
        for (const w of g.works) rows.push(row(call, 'awards', w, p.awards.publishedOn, p.awards.source, { key: g.level, name: g.name }));
      for (const o of p.awards.organisations) rows.push(row(call, 'organisations', o, p.awards.publishedOn, p.awards.source));
    }
  }
  const o = yearOrganisations(year, today);
  for (const u of o?.units ?? []) rows.push(row(undefined, 'year-organisations', u, o!.publishedOn, o!.source));
  return rows;
}

export function resultsCsv(data: SiteData, year: CampaignData, today: string): string {
  const cells = (r: ResultRow): CsvCell[] => [
    r.campaign,
    r.call,
    r.callTitle,
    LIST_WORD[r.list],
    r.list === 'organisations' || r.list === 'year-organisations' ? RESULTS_WORD.organisation : r.levelName,
    r.title,
    r.authors.join('、'),
    r.unit,
    r.unitId,
    r.publishedOn,
    r.source.title,
    r.source.url,
  ];
  return toCsv([[...RESULTS_COLUMNS], ...resultRows(data, year, today).map(cells)]);
}

/** The year's results for programs: each call's phase and lists, the year's 优秀组织奖 and figures. */
export function resultsJson(data: SiteData, year: CampaignData, today: string) {
  const phases = callPhases(year, today);
  const o = yearOrganisations(year, today);
  const unit = (u: Work | Organisation) => ({ ...u, unitId: linkUnit(data, u).id ?? null });
  return {
    campaign: year.year,
    sampleData: data.sample.on,
    asOf: today,
    calls: year.subprojects.map((s) => {
      const p = phases.get(s.id);
      return {
        id: s.id,
        title: s.data.title,
        phase: p?.kind ?? null,
        shortlist: p?.shortlist ? { ...p.shortlist, works: p.shortlist.works.map(unit) } : null,
        vote: p?.vote ?? null,
        awards: p?.awards
          ? {
              ...p.awards,
              groups: awardGroupsInOrder(p.awards.groups).map((g) => ({ ...g, name: g.name ?? AWARD_LEVEL_LABEL[g.level], works: g.works.map(unit) })),
              organisations: p.awards.organisations.map(unit),
            }
          : null,
      };
    }),
    organisations: o ? { ...o, units: o.units.map(unit) } : null,
    figures: yearFigures(year, today),
  };
}

export function figuresCsv(year: CampaignData, today: string): string {
  return toCsv([
    [...FIGURES_COLUMNS],
    ...yearFigures(year, today).map((f) => [year.year, f.label, f.value, f.unit, approxFigure(String(f.value), f.unit, f.approx), f.publishedOn, f.source.title, f.source.publisher, f.source.url]),
  ]);
}

export function figuresJson(data: SiteData, year: CampaignData, today: string) {
  return { campaign: year.year, sampleData: data.sample.on, asOf: today, figures: yearFigures(year, today) };
}
