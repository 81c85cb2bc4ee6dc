import { progressSchema, type Campaign, type ProgressReport, type Unit } from '../../schemas';
import { type ContentIssue, type PathSegment, zodIssuesToContentIssues } from '../content/issues';
import type { ContentSet, Entry } from '../content/load';
import { RULES } from '../content/rules';

/**
 * A new progress report, from a form or the command line to the file staff commit. The form on
 * /report/, `npm run new:report` and the build all check it with the same schema and rules, so
 * what the form accepts the build accepts.
 */

/** The counts a report may give, in the order the form and the file list them. */
export const REPORT_COUNTS = [
  { key: 'activities', label: '线下活动（场）', flag: 'activities' },
  { key: 'propagandists', label: '职工好网民宣传员（名）', flag: 'propagandists' },
  { key: 'workersReached', label: '面对面接触职工（名）', flag: 'workers' },
  { key: 'netizensCovered', label: '覆盖职工网民（名）', flag: 'netizens' },
  { key: 'grassrootsUnions', label: '组织动员基层工会（个）', flag: 'unions' },
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
  progress: ProgressReport[];
}

/** A report as the form and the command line write it: always with its campaign year. */
const reportSchema = progressSchema.transform((r): ProgressReport => ({ ...r, campaign: r.campaign ?? '' }));

/** The candidate file content: the input with counts as numbers, in a fixed key order. */
export function reportFromInput(input: ReportInput): Record<string, unknown> {
  const out: Record<string, unknown> = {
    unit: input.unit.trim(),
    campaign: input.campaign.trim(),
    asOf: input.asOf.trim(),
  };
  for (const { key } of REPORT_COUNTS) {
    const raw = input.counts[key]?.trim();
    if (raw === undefined || raw === '') continue;
    // A typed value that is not a plain whole number stays as typed, so the schema names it.
    out[key] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  out.source = input.source.trim();
  return out;
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
 * Checks a candidate report against the schema and every content rule, as the build would with
 * the file added. Returns the issues of this report only (the rest of content/ is the build's).
 */
export function checkReport(candidate: Record<string, unknown>, ctx: ReportContext): { report?: ProgressReport; issues: ContentIssue[] } {
  const path = reportPath({ unit: String(candidate.unit ?? ''), asOf: String(candidate.asOf ?? ''), campaign: String(candidate.campaign ?? '') });
  const text = reportFileText(candidate);
  const line = (p: readonly PathSegment[]) => lineOfField(text, p);
  const parsed = reportSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = zodIssuesToContentIssues(path, candidate, parsed.error.issues, line);
    // Report everything at once: check the rest of the report without the fields already wrong.
    const wrong = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    const rest = Object.fromEntries(Object.entries(candidate).filter(([k]) => !wrong.has(k)));
    const partial = reportSchema.safeParse(rest);
    if (partial.success) issues.push(...ruleIssues(partial.data, path, line, ctx));
    return { issues };
  }
  const issues = ruleIssues(parsed.data, path, line, ctx);
  return issues.length ? { issues } : { report: parsed.data, issues };
}

/** The cross-file rules, run as the build would run them with this report added. */
function ruleIssues(report: ProgressReport, path: string, line: (p: readonly PathSegment[]) => number | undefined, ctx: ReportContext): ContentIssue[] {
  const none = () => undefined;
  const entry = <T>(file: string, id: string, data: T): Entry<T> => ({ file, at: [], id, data, line: none });
  const mine: Entry<ProgressReport> = { file: path, at: [], id: `${report.unit}/${report.asOf}`, data: report, line };
  const content: ContentSet = {
    campaigns: ctx.campaigns.map((c) => entry(`content/campaigns/${c.id}/campaign.json`, c.id, c)),
    units: ctx.units.map((u) => entry('content/units', u.id, { ...u } as Unit)),
    plans: [],
    notices: [],
    subprojects: [],
    timeline: [],
    progress: [...ctx.progress.map((p) => entry(reportPath(p), `${p.unit}/${p.asOf}`, p)), mine],
    repairs: [],
    sources: [],
    invalid: new Set(),
  };
  return RULES.flatMap((rule) => rule(content, { today: ctx.today })).filter((i) => i.file === path);
}

export interface Repository {
  /** e.g. https://github.com */
  host: string;
  owner: string;
  name: string;
  branch: string;
}

/**
 * The git host's "create a new file" page with the path and contents filled in (GitHub's
 * /new/<branch>?filename=…&value=…), so a staff member only has to press the button there.
 */
export function newFileUrl(repo: Repository, path: string, text: string): string {
  const url = new URL(`${repo.host.replace(/\/+$/, '')}/${repo.owner}/${repo.name}/new/${repo.branch}`);
  url.searchParams.set('filename', path);
  url.searchParams.set('value', text);
  return url.href;
}
