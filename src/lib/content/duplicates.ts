import type { Contact } from '../../schemas';
import { type ContentIssue, describeValue, formatPath, type PathSegment } from './issues';
import type { Entry } from './load';
import { issueAt, type Rule } from './rules';

/**
 * No list in a file says the same thing twice: a unit with two rows in one table would be counted
 * twice, a contact listed twice is printed twice. (Ids repeated across files are uniqueIds' concern.)
 * The build and the check run this; the /report/ form does not need it (a report has no lists).
 */

/** The same value whatever order its fields were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/**
 * Each repeat in `list` (at `path` in the entry), by `key`; `at` points inside an item at the field
 * that repeats (a row's `unit`).
 */
function repeats<T>(
  e: Entry<unknown>,
  path: PathSegment[],
  list: readonly T[] | undefined,
  key: (item: T) => unknown = (item) => item,
  at: PathSegment[] = [],
  expected = (first: number) => `列表中每项只写一次（与 ${formatPath([...e.at, ...path, first])} 相同）`,
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const seen = new Map<string, number>();
  list?.forEach((item, i) => {
    const value = key(item);
    const k = canonical(value);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push(issueAt(e, [...path, i, ...at], expected(first), `${describeValue(value)}，重复`));
  });
  return out;
}

function contactRepeats(e: Entry<unknown>, path: PathSegment[], contacts: readonly Contact[]): ContentIssue[] {
  const seen = new Set<string>();
  // A contact that repeats an earlier one is said once, not again for what is inside it.
  const again = contacts.map((c) => seen.size === seen.add(canonical(c)).size);
  return [
    ...repeats(e, path, contacts, (c) => c, [], (first) => `每组联系人只写一次（与 ${formatPath([...e.at, ...path, first])} 相同）`),
    ...contacts.flatMap((c, i) => again[i] ? [] : [
      ...repeats(e, [...path, i, 'names'], c.names),
      ...repeats(e, [...path, i, 'phones'], c.phones),
      ...repeats(e, [...path, i, 'faxes'], c.faxes),
      ...repeats(e, [...path, i, 'emails'], c.emails, (m) => m.toLowerCase()),
    ]),
  ];
}

export const listsWithoutRepeats: Rule = (c) => [
  ...c.plans.flatMap((e) => [
    ...repeats(e, ['columns'], e.data.columns, (col) => col.key, ['key'], () => '每一列只写一次'),
    ...repeats(e, ['rows'], e.data.rows, (r) => r.unit, ['unit'], (first) => `每个单位在表中只占一行（${formatPath(['rows', first])} 已是这个单位）`),
  ]),
  ...c.notices.flatMap((e) => [
    ...repeats(e, ['letterhead', 'lines'], e.data.letterhead.lines),
    ...repeats(e, ['issuers'], e.data.issuers),
    ...repeats(e, ['signatories'], e.data.signatories),
    ...repeats(e, ['attachments'], e.data.attachments, (a) => ('plan' in a ? { plan: a.plan } : 'notice' in a ? { notice: a.notice } : { kind: a.kind })),
    ...contactRepeats(e, ['contacts'], e.data.contacts),
  ]),
  ...c.subprojects.flatMap((e) => [
    ...repeats(e, ['organisers'], e.data.organisers),
    ...repeats(e, ['platforms'], e.data.platforms),
    ...repeats(e, ['themes'], e.data.themes),
    ...repeats(e, ['rules', 'formats'], e.data.rules.formats),
    ...repeats(e, ['rules', 'requirements'], e.data.rules.requirements),
    ...contactRepeats(e, ['contacts'], e.data.contacts),
  ]),
  ...c.campaigns.flatMap((e) => repeats(e, ['transcriptionNotes'], e.data.transcriptionNotes)),
];

export const LIST_RULES: readonly Rule[] = [listsWithoutRepeats];
