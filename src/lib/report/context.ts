// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { ContentSet } from '../content/load';
import type { ReportContext } from './report';

/**
 * What the report form loads: first `report/context.json`, the index (the units in tree order for
 * the unit list, the campaigns, the build's day, and where each year's part is); then, when a
 * report is checked, the part of its campaign year (`report/context/<year>.json`): that year's
 * plans and reports. Every rule about a report compares it only with its own year's, so the two
 * together check it as the build would, and a clerk's phone never downloads ten years of reports.
 */
export interface ReportIndex {
  today: string;
  campaigns: ReportContext['campaigns'];
  /** Every unit, each after its parent, with its depth for indentation (0: the national level). */
  units: (ReportContext['units'][number] & { depth: number })[];
  /** Each campaign year's part: its address, as the page fetches it (with the site's base). */
  years: Record<string, string>;
}
export type ReportYear = Pick<ReportContext, 'plans' | 'progress'>;

type Units = ContentSet['units'];

/** The units in tree order (each after its parent, siblings in file order), with their depth. */
export function unitsInTreeOrder(units: Units): ReportIndex['units'] {
  const children = new Map<string | null, Units>();
  for (const e of units) {
    const siblings = children.get(e.data.parent);
    if (siblings) siblings.push(e);
    else children.set(e.data.parent, [e]);
  }
  const out: ReportIndex['units'] = [];
  const visit = (e: Units[number], depth: number) => {
    out.push({ id: e.data.id, name: e.data.name, parent: e.data.parent, kind: e.data.kind, depth });
    for (const c of children.get(e.data.id) ?? []) visit(c, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return out;
}

export function reportIndex(content: ContentSet, today: string, yearAddress: (year: string) => string): ReportIndex {
  return {
    today,
    campaigns: content.campaigns.map((e) => e.data),
    units: unitsInTreeOrder(content.units),
    years: Object.fromEntries(content.campaigns.map((e) => [e.data.id, yearAddress(e.data.id)])),
  };
}

export function reportYear(content: ContentSet, year: string): ReportYear {
  return {
    plans: content.plans
      .filter((e) => e.data.campaign === year)
      .map((e) => ({ campaign: e.data.campaign, notice: e.data.notice, unit: e.data.unit, targets: e.data.targets, columns: e.data.columns, rows: e.data.rows, total: e.data.total })),
    // No rule reads a report's source: left out, it is a third of the bytes.
    progress: content.progress.filter((e) => e.data.campaign === year).map((e) => ({ ...e.data, source: '' })),
  };
}

/** The form's context for one year: the index and that year's part. */
export function contextOfYear(index: ReportIndex, year: ReportYear): ReportContext {
  return { today: index.today, campaigns: index.campaigns, units: index.units.map(({ depth: _, ...u }) => u), ...year };
}

/** Every year at once, for `npm run new:report`, which has the content at hand. */
export function reportContext(content: ContentSet, today: string): ReportContext {
  const years = content.campaigns.map((e) => reportYear(content, e.data.id));
  return contextOfYear(reportIndex(content, today, () => ''), { plans: years.flatMap((y) => y.plans), progress: years.flatMap((y) => y.progress) });
}

/** What is typed into the unit finder, read loosely: full-width letters and digits as half-width, any case. */
const loose = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * The units the form's list shows for what is typed into its finder: every unit, indented by depth,
 * when nothing is typed; else those whose name or id holds it, unindented (their tree is gone).
 */
export function unitChoices(units: ReportIndex['units'], typed: string): { id: string; label: string }[] {
  const q = loose(typed);
  const label = (u: ReportIndex['units'][number], indent: boolean) => `${indent ? '　'.repeat(u.depth) : ''}${u.name}（${u.id}）`;
  if (!q) return units.map((u) => ({ id: u.id, label: label(u, true) }));
  return units.filter((u) => loose(u.name).includes(q) || loose(u.id).includes(q)).map((u) => ({ id: u.id, label: label(u, false) }));
}

/** What the finder says under itself. */
export function unitChoicesStatus(shown: number, total: number, typed: string): string {
  if (!typed.trim()) return `名单中共 ${total} 个单位。`;
  if (shown === 0) return `没有名称或编号含“${typed.trim()}”的单位。`;
  // The one unit found is chosen for the clerk (src/client/report.ts), who can still change it.
  return shown === 1 ? '找到 1 个单位，已在下面选中。' : `找到 ${shown} 个单位，请在下面的名单中选择。`;
}
