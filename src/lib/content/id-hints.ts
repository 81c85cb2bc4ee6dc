import { SLUG_MESSAGE, UNIT_ID_MESSAGE } from '../../schemas/common';
import type { ContentIssue } from './issues';
import type { ContentSet } from './load';

/**
 * Where a unit id or a notice id belongs, staff often write what they see printed: the unit's name
 * (`泉港区总工会`) or the notice's 文号 (`泉工〔2019〕27号`). The schema refuses it before the units
 * and notices are all known; once they are, this adds the id meant to the schema's words:
 * `（是不是 "fujian/quanzhou/quangang"？）`. Only where one unit or one notice fits.
 */

/** The fields that hold a unit id, and those that hold a notice id (a plan's id is its notice's). */
const UNIT_FIELDS = new Set(['unit', 'parent']);
const NOTICE_FIELDS = new Set(['implements', 'notice', 'rootNotice', 'plan']);

/** What was typed, without the spaces an input method or a copy leaves (full-width ones too). */
const squeeze = (s: string) => s.replace(/[\s\u3000\u00A0]+/g, '');
const withoutUnion = (s: string) => s.replace(/总工会$/, '');

/** A 文号 in one spelling: any bracket around the year as 〔〕, no spaces, no 第. */
export function docNumberKey(s: string): string {
  return squeeze(s)
    .replace(/[［[（(【]/g, '〔')
    .replace(/[］\]）)】]/g, '〕')
    .replace(/〕第/, '〕');
}

/** The one unit a typed name means: by its printed or standard name (with or without 总工会), else the only one whose name contains it. */
export function unitMeant(typed: string, units: ContentSet['units']): string | undefined {
  const t = squeeze(typed);
  if (t === '') return undefined;
  const names = units.map((u) => ({ id: u.id, names: [u.data.name, u.data.standardName].filter((n): n is string => !!n).map(squeeze) }));
  const exact = new Set(names.filter((u) => u.names.some((n) => n === t || withoutUnion(n) === withoutUnion(t))).map((u) => u.id));
  if (exact.size === 1) return [...exact][0];
  if (exact.size > 1) return undefined;
  const part = withoutUnion(t);
  if (part.length < 2) return undefined;
  const within = new Set(names.filter((u) => u.names.some((n) => n.includes(part))).map((u) => u.id));
  return within.size === 1 ? [...within][0] : undefined;
}

/** The one notice a typed 文号 (or title) means, of the same year when the file belongs to one. */
export function noticeMeant(typed: string, notices: ContentSet['notices'], year: string | undefined): string | undefined {
  const key = docNumberKey(typed);
  if (key === '') return undefined;
  const matches = notices.filter(
    (n) => docNumberKey(n.data.docNumber) === key || squeeze(n.data.title) === key || squeeze(n.data.shortTitle ?? '') === key,
  );
  const sameYear = year ? matches.filter((n) => n.data.campaign === year) : matches;
  const pick = sameYear.length > 0 ? sameYear : matches;
  const ids = new Set(pick.map((n) => n.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The last field name of an issue's path: `unit` of `rows[3].unit`. */
const lastField = (path: string) => /([A-Za-z]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '';

/** The schema issues on ids with the id meant added, where one fits; every other issue as it was. */
export function addIdHints(issues: readonly ContentIssue[], content: ContentSet): ContentIssue[] {
  return issues.map((issue) => {
    const field = lastField(issue.path);
    const unit = issue.expected === UNIT_ID_MESSAGE && UNIT_FIELDS.has(field);
    const notice = issue.expected === SLUG_MESSAGE && NOTICE_FIELDS.has(field);
    if (!unit && !notice) return issue;
    let typed: unknown;
    try {
      typed = JSON.parse(issue.found);
    } catch {
      return issue;
    }
    if (typeof typed !== 'string') return issue;
    const year = /(?:^|\/)campaigns\/(\d{4})\//.exec(issue.file)?.[1];
    let meant = unit ? unitMeant(typed, content.units) : noticeMeant(typed, content.notices, year);
    // A plan is named by its notice: suggest it only where that plan exists.
    if (meant && field === 'plan' && !content.plans.some((p) => p.id === meant)) meant = undefined;
    return meant ? { ...issue, expected: `${issue.expected}（是不是 ${JSON.stringify(meant)}？）` } : issue;
  });
}
