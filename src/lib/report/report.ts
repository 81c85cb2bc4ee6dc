// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { ZodIssue } from 'zod';
import { MEASURE_WORDS } from '../words';
import { progressSchema, readCount, TARGET_KEYS, type Campaign, type CountChange, type Plan, type ProgressReport, type Unit } from '../../schemas';
import { type ContentIssue, type PathSegment, zodIssuesToContentIssues } from '../content/issues';
import type { ContentSet, Entry } from '../content/load';
import { runRules, type RuleName } from '../content/rules';

/**
 * A new progress report, from a form or the command line to the file staff commit. The form on
 * /report/, `npm run new:report` and the build all check it with the same schema and rules, so
 * what the form accepts the build accepts.
 */

/** The counts a report may give, in the order the form and the file list them. */
export const REPORT_COUNTS = [
  { key: 'activities', label: MEASURE_WORDS.activities.box, flag: 'activities' },
  { key: 'propagandists', label: MEASURE_WORDS.propagandists.box, flag: 'propagandists' },
  { key: 'workersReached', label: MEASURE_WORDS.workersReached.box, flag: 'workers' },
  { key: 'netizensCovered', label: MEASURE_WORDS.netizensCovered.box, flag: 'netizens' },
  { key: 'grassrootsUnions', label: MEASURE_WORDS.grassrootsUnions.box, flag: 'unions' },
] as const;

export type CountKey = (typeof REPORT_COUNTS)[number]['key'];

/** What a person types: every value a string, an empty count is "not reported". */
export interface ReportInput {
  unit: string;
  asOf: string;
  campaign: string;
  source: string;
  counts: Partial<Record<CountKey, string>>;
}

/** What the form and the command line need to know to check a report: plain, JSON-safe data. */
export interface ReportContext {
  today: string;
  units: Pick<Unit, 'id' | 'name' | 'parent' | 'kind'>[];
  campaigns: Campaign[];
  /**
   * Each plan's own targets (the national plan's set the counts' upper bounds) and its table (what it
   * allocates to the units under it: a unit's own target, which a count far above is warned about).
   */
  plans: (Pick<Plan, 'campaign' | 'notice' | 'unit' | 'targets'> & Partial<Pick<Plan, 'columns' | 'rows' | 'total'>>)[];
  progress: ProgressReport[];
}

/** A count that was read differently from how it was typed (full-width digits, separators, spaces). */
export interface CountNote {
  key: CountKey;
  typed: string;
  value: number;
  changes: CountChange[];
}

/**
 * The candidate file content: the input with counts read as numbers (readCount), in a fixed key
 * order, and a note for each count that had to be read differently from how it was typed.
 */
export function readReportInput(input: ReportInput): { candidate: Record<string, unknown>; notes: CountNote[] } {
  const candidate: Record<string, unknown> = {
    unit: input.unit.trim(),
    campaign: input.campaign.trim(),
    asOf: input.asOf.trim(),
  };
  const notes: CountNote[] = [];
  for (const { key } of REPORT_COUNTS) {
    const typed = input.counts[key] ?? '';
    if (typed.trim() === '') continue;
    // A value that is not a number stays as typed, so the schema names it.
    const { value, changes } = readCount(typed);
    candidate[key] = value;
    if (typeof value === 'number' && changes.length > 0) notes.push({ key, typed: typed.trim(), value, changes });
  }
  candidate.source = input.source.trim();
  return { candidate, notes };
}

export function reportFromInput(input: ReportInput): Record<string, unknown> {
  return readReportInput(input).candidate;
}

export function reportPath(r: { unit: string; asOf: string; campaign: string }): string {
  return `content/campaigns/${r.campaign}/progress/${r.unit}/${r.asOf}.json`;
}

/** The file's text, exactly as `npm run new:report` writes it and the form shows it. */
export function reportFileText(r: Record<string, unknown>): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** The line of a top-level field in the file text, for messages. */
function lineOfField(text: string, path: readonly PathSegment[]): number | undefined {
  if (path.length === 0) return 1;
  const i = text.split('\n').findIndex((l) => l.trimStart().startsWith(`"${String(path[0])}":`));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * One problem of a new report: the build's issue (file, line, field path, expected, found, which
 * the command line prints) and what found it: a rule of rules.ts, or the schema with Zod's code.
 * The form turns these into words about its fields (form-errors.ts).
 */
/** A report as the form and the command line write it: always with its campaign year. */
const reportSchema = progressSchema.transform((r): ProgressReport => ({ ...r, campaign: r.campaign ?? '' }));

export interface ReportIssue extends ContentIssue {
  rule: RuleName | 'schema';
  /** Zod's issue code and, for a wrong type, the type it wanted (e.g. integer for 1.5). */
  code?: ZodIssue['code'];
  wanted?: string;
}

/** The rules that read only a report's figures and year: run even when its unit or date is wrong. */
const FIGURE_RULES: readonly RuleName[] = ['progressWithinBounds', 'progressHasFigure'];

/**
 * Checks a candidate report against the schema and every content rule, as the build would with
 * the file added. Returns the issues of this report only (the rest of content/ is the build's),
 * at most one per field, so that a person sees every field to fix at once.
 */
export function checkReport(candidate: Record<string, unknown>, ctx: ReportContext): { report?: ProgressReport; issues: ReportIssue[]; warnings: ReportIssue[] } {
  const path = reportPath({ unit: String(candidate.unit ?? ''), asOf: String(candidate.asOf ?? ''), campaign: String(candidate.campaign ?? '') });
  const text = reportFileText(candidate);
  const line = (p: readonly PathSegment[]) => lineOfField(text, p);
  const parsed = reportSchema.safeParse(candidate);
  if (parsed.success) {
    const all = ruleIssues(parsed.data, path, line, ctx);
    // A warning stops nothing: the report is written with it, and the warning is shown beside it.
    const issues = all.filter((i) => i.severity !== 'warning');
    const warnings = all.filter((i) => i.severity === 'warning');
    return issues.length ? { issues, warnings } : { report: parsed.data, issues, warnings };
  }
  const zod = parsed.error.issues;
  const issues: ReportIssue[] = zodIssuesToContentIssues(path, candidate, zod, line).map((issue, i) => {
    const z = zod[i]!;
    return { ...issue, rule: 'schema', code: z.code, ...(z.code === 'invalid_type' ? { wanted: z.expected } : {}) };
  });
  // Report everything at once: check the rest of the report without the fields already wrong.
  const wrong = new Set(zod.map((i) => String(i.path[0])));
  const rest = Object.fromEntries(Object.entries(candidate).filter(([k]) => !wrong.has(k)));
  const partial = reportSchema.safeParse(rest);
  if (partial.success) issues.push(...ruleIssues(partial.data, path, line, ctx));
  else {
    // Unit, date or source wrong: the rules about the figures still run on what is right.
    const figures = Object.fromEntries(TARGET_KEYS.filter((k) => typeof rest[k] === 'number').map((k) => [k, rest[k]]));
    const report = { unit: '', asOf: '', source: '', campaign: String(candidate.campaign ?? ''), ...figures } as ProgressReport;
    issues.push(...ruleIssues(report, path, line, ctx, FIGURE_RULES));
  }
  // A count typed wrongly is a figure given: do not also say that none was given.
  const countWrong = TARGET_KEYS.some((k) => wrong.has(k));
  const errors = issues.filter((i) => i.severity !== 'warning' && !(countWrong && i.rule === 'progressHasFigure'));
  return { issues: onePerField(errors), warnings: issues.filter((i) => i.severity === 'warning') };
}

/** The first issue of each field (an empty date is one problem, not two). */
function onePerField(issues: ReportIssue[]): ReportIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const field = topField(i.path);
    if (seen.has(field)) return false;
    seen.add(field);
    return true;
  });
}

/** `activities` of `activities`, `contacts` of `contacts[0].phones`; '' for the whole file. */
export function topField(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? '';
}

/** The cross-file rules, run as the build would run them with this report added. */
function ruleIssues(
  report: ProgressReport,
  path: string,
  line: (p: readonly PathSegment[]) => number | undefined,
  ctx: ReportContext,
  names?: readonly RuleName[],
): ReportIssue[] {
  const none = () => undefined;
  const entry = <T>(file: string, id: string, data: T): Entry<T> => ({ file, at: [], id, data, line: none });
  const mine: Entry<ProgressReport> = { file: path, at: [], id: `${report.unit}/${report.asOf}`, data: report, line };
  const content: ContentSet = {
    campaigns: ctx.campaigns.map((c) => entry(`content/campaigns/${c.id}/campaign.json`, c.id, c)),
    units: ctx.units.map((u) => entry('content/units', u.id, { ...u } as Unit)),
    // A plan sent without its table is one without rows or columns, which breaks no plan rule.
    plans: ctx.plans.map((p) => entry(`content/plans/${p.notice}.json`, p.notice, { columns: [], rows: [], total: {}, ...p } as Plan)),
    notices: [],
    subprojects: [],
    timeline: [],
    progress: [...ctx.progress.map((p) => entry(reportPath(p), `${p.unit}/${p.asOf}`, p)), mine],
    results: [],
    records: [],
    repairs: [],
    corrections: [],
    sources: [],
    sourceMaps: [],
    vocabulary: [],
    invalid: new Set(),
  };
  const ruleCtx = { today: ctx.today };
  const own = runRules(content, ruleCtx, names).filter((i) => i.file === path);
  // A report can also put an existing one in the wrong: a unit's total below what a unit under
  // it reported that day is flagged on the lower unit's file. The build would stop on it too.
  const WIDER: RuleName = 'progressWithinParent';
  const wider: ContentIssue[] = [];
  if (!names || names.includes(WIDER)) {
    const key = (i: ContentIssue) => `${i.file} ${i.path} ${i.expected}`;
    const before = new Set(runRules({ ...content, progress: content.progress.slice(0, -1) }, ruleCtx, [WIDER]).map(key));
    wider.push(...runRules(content, ruleCtx, [WIDER]).filter((i) => i.file !== path && !before.has(key(i))));
  }
  return [...own, ...wider].map((i) => ({ ...i, rule: i.rule as RuleName }));
}
