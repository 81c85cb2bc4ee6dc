// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { PathSegment } from './issues';
import { type ContentIssue, formatPath } from './issues';
import type { ContentSet, Entry } from './load';
import { ALLOCATION_KEYS, TARGET_KEYS, type ProgressReport, type Targets } from '../../schemas';
import { sumColumn } from '../domain/plans';
import { walkUp } from '../domain/tree';
import { MEASURE_WORDS } from '../words';

/** Everything a cross-file rule may depend on besides the content itself. */
export interface RuleContext {
  /** The build clock, YYYY-MM-DD. */
  today: string;
}

export type Rule = (content: ContentSet, ctx: RuleContext) => ContentIssue[];

/*
 * These rules run in the build, in `npm run check`, and in the browser on /report/ (bundled):
 * nothing here may import a Node module or the MDX parser. Rules about MDX bodies are in
 * body-rules.ts, which only the build and the check run.
 */

const LABELS: Record<string, string> = Object.fromEntries(TARGET_KEYS.map((k) => [k, MEASURE_WORDS[k].noun]));

export function issueAt<T>(e: Entry<T>, path: PathSegment[], expected: string, found: string): ContentIssue {
  const full = [...e.at, ...path];
  return { file: e.file, line: e.line(full) ?? e.line(e.at), path: formatPath(full), expected, found };
}

/** Edit distance, for "did you mean" hints on mistyped ids. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The known id nearest to a mistyped one, if it is near enough to be a typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(value, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined;
}

/** No two items of a kind share an id. */
export const uniqueIds: Rule = (c) => {
  const out: ContentIssue[] = [];
  /** `key` decides what counts as the same; `shown` is how the message names it. */
  const check = <T>(entries: Entry<T>[], key: (e: Entry<T>) => string, field: string, expected: string, shown: (e: Entry<T>) => string = key) => {
    const seen = new Map<string, Entry<T>>();
    for (const e of entries) {
      const k = key(e);
      const first = seen.get(k);
      if (first) out.push(issueAt(e, [field], expected, `${JSON.stringify(shown(e))}，已在 ${first.file} 中使用`));
      else seen.set(k, e);
    }
  };
  check(c.units, (e) => e.id, 'id', '不与其他单位重复的编号');
  check(c.timeline, (e) => `${e.data.campaign} ${e.id}`, 'id', '同一年的日程编号不重复', (e) => e.id);
  check(c.notices, (e) => e.data.docNumber, 'docNumber', '不与其他通知重复的文号');
  check(c.subprojects, (e) => `${e.data.campaign} 年第 ${e.data.order} 项`, 'order', '同一年的征集项目序号不重复');
  // Sample reports are a namespace of their own: they never clash with a real report (nor it with them).
  check(c.progress, (e) => `${e.sample ? 'sample ' : ''}${e.data.campaign} ${e.data.unit} ${e.data.asOf}`, 'asOf', '同一单位同一日期只有一份进度报告', (e) => `${e.data.unit} ${e.data.asOf}`);
  // A notice's id (its file name) names its page, /notices/<id>/, so it is unique across the years.
  const noticeFiles = new Map<string, string>();
  for (const e of c.notices) {
    const first = noticeFiles.get(e.id);
    if (first) out.push({ file: e.file, line: 1, path: '', expected: '通知编号（文件名）在各年之间不重复，如 zgf-2020-12', found: `${JSON.stringify(e.id)}，已在 ${first} 中使用` });
    else noticeFiles.set(e.id, e.file);
  }
  return out;
};

/**
 * Every reference names something that exists. What belongs to a campaign year (a notice, a
 * table, a call, a date) refers only to things of the same year; units are shared by all years.
 */
export const referencesResolve: Rule = (c) => {
  const out: ContentIssue[] = [];
  const units = new Set(c.units.map((e) => e.id));
  // A repeated id is reported by uniqueIds; the first file stands for it here, so that one
  // repetition does not make every reference to the first one an error too.
  const firstOf = <T>(entries: Entry<T & { campaign: string }>[]) => {
    const m = new Map<string, string>();
    for (const e of entries) if (!m.has(e.id)) m.set(e.id, e.data.campaign);
    return m;
  };
  const noticeYear = firstOf(c.notices);
  const planYear = firstOf(c.plans);
  // While a units file cannot be read, any unknown unit may be one of its own: those references are
  // counted, and said once under that file's error, instead of one "no such unit" each.
  const brokenUnits = c.brokenUnitFiles ?? [];
  const unitsUnknowable: ContentIssue[] = [];
  const ref = <T>(e: Entry<T>, path: PathSegment[], value: string | null | undefined, set: Set<string>, list: string) => {
    // Something whose own file is broken is reported there, not again here.
    if (value == null || set.has(value) || c.invalid.has(value)) return;
    if (set === units && brokenUnits.length > 0) {
      unitsUnknowable.push(issueAt(e, path, '', JSON.stringify(value)));
      return;
    }
    const guess = closest(value, set);
    out.push(
      issueAt(e, path, `已有的${list}${guess ? `（是不是 ${JSON.stringify(guess)}？）` : ''}`, `${JSON.stringify(value)}，没有这个${list}`),
    );
  };
  /** A reference to a notice or table of the same campaign year. */
  const sameYear = <T>(e: Entry<T>, path: PathSegment[], value: string | null | undefined, years: Map<string, string>, year: string, list: string) => {
    if (value == null || c.invalid.has(value)) return;
    const other = years.get(value);
    if (other === undefined) return ref(e, path, value, new Set([...years].filter(([, y]) => y === year).map(([k]) => k)), list);
    if (other !== year) out.push(issueAt(e, path, `${year} 年的${list}（只能引用同一年的内容）`, `${JSON.stringify(value)}，是 ${other} 年的${list}`));
  };

  const roots = c.units.filter((e) => e.data.parent === null);
  if (c.units.length > 0 && roots.length !== 1)
    for (const e of roots.slice(1)) out.push(issueAt(e, ['parent'], '上级单位编号（只有全国一级可以没有上级）', 'null'));
  for (const e of c.units) ref(e, ['parent'], e.data.parent, units, '单位编号');

  for (const e of c.plans) {
    sameYear(e, ['notice'], e.data.notice, noticeYear, e.data.campaign, '通知编号');
    ref(e, ['unit'], e.data.unit, units, '单位编号');
    e.data.rows.forEach((r, i) => ref(e, ['rows', i, 'unit'], r.unit, units, '单位编号'));
  }
  for (const e of c.notices) {
    ref(e, ['unit'], e.data.unit, units, '单位编号');
    sameYear(e, ['implements'], e.data.implements, noticeYear, e.data.campaign, '通知编号');
    e.data.attachments.forEach((a, i) => {
      if (a.kind === 'plan') sameYear(e, ['attachments', i, 'plan'], a.plan, planYear, e.data.campaign, '分配表编号');
      if (a.kind === 'notice') sameYear(e, ['attachments', i, 'notice'], a.notice, noticeYear, e.data.campaign, '通知编号');
    });
  }
  for (const e of c.subprojects) {
    sameYear(e, ['notice'], e.data.notice, noticeYear, e.data.campaign, '通知编号');
    e.data.organisers.forEach((o, i) => ref(e, ['organisers', i, 'unit'], o.unit, units, '单位编号'));
  }
  for (const e of c.timeline) {
    ref(e, ['unit'], e.data.unit, units, '单位编号');
    sameYear(e, ['notice'], e.data.notice, noticeYear, e.data.campaign, '通知编号');
  }
  for (const e of c.progress) ref(e, ['unit'], e.data.unit, units, '单位编号');
  for (const e of c.repairs) sameYear(e, ['notice'], e.data.notice, noticeYear, e.data.campaign, '通知编号');
  for (const e of c.corrections) sameYear(e, ['notice'], e.data.notice, noticeYear, e.data.campaign, '通知编号');
  for (const e of c.sourceMaps) sameYear(e, ['notice'], e.data.notice, noticeYear, e.data.campaign, '通知编号');
  for (const e of c.campaigns) {
    sameYear(e, ['rootNotice'], e.data.rootNotice, noticeYear, e.data.id, '通知编号');
    sameYear(e, ['showcase', 'notice'], e.data.showcase?.notice, noticeYear, e.data.id, '通知编号');
  }

  const first = unitsUnknowable[0];
  if (first)
    out.push({
      file: brokenUnits[0] as string,
      path: '',
      expected: `先修好这个文件：其他文件引用的单位编号要从这里读取${brokenUnits.length > 1 ? `（${brokenUnits.slice(1).join('、')} 也是）` : ''}`,
      found: `另有 ${unitsUnknowable.length} 处引用的单位编号暂时无法核对，修好后再检查；第一处：${first.file}${first.line ? ` 第 ${first.line} 行` : ''} ${first.path} ${first.found}`,
    });

  // Each year folder with content has its campaign.json (said once, on the folder's first file).
  const years = new Set(c.campaigns.map((e) => e.data.id));
  const firstFile = new Map<string, string>();
  for (const e of [...c.notices, ...c.plans, ...c.subprojects, ...c.timeline, ...c.progress, ...c.repairs, ...c.corrections, ...c.results, ...c.records])
    if (!firstFile.has(e.data.campaign)) firstFile.set(e.data.campaign, e.file);
  for (const [year, file] of firstFile)
    if (!years.has(year) && !c.invalid.has(year))
      out.push({ file, path: '', expected: `同一年的文件夹里有活动说明 content/campaigns/${year}/campaign.json`, found: `campaigns/${year}/ 下没有 campaign.json` });
  return out;
};

/** The unit tree has no loops: walking up from any unit reaches the top. */
export const unitTreeAcyclic: Rule = (c) => {
  const byId = new Map(c.units.map((e) => [e.id, e.data]));
  const out: ContentIssue[] = [];
  for (const e of c.units) {
    const { chain, loop } = walkUp(e.data, (u) => (u.parent ? byId.get(u.parent) : undefined), (u) => u.id);
    if (loop) out.push(issueAt(e, ['parent'], '上级单位不能绕回自己', `上下级形成循环：${chain.map((u) => u.id).join(' → ')}`));
  }
  return out;
};

/** Each allocation table's rows add up to its printed 合计, which equals the plan's own target. */
export const planTotals: Rule = (c) => {
  const out: ContentIssue[] = [];
  for (const e of c.plans) {
    const plan = e.data;
    for (const col of plan.columns) {
      const label = LABELS[col.key] ?? col.key;
      plan.rows.forEach((r, i) => {
        if (r[col.key] === undefined) out.push(issueAt(e, ['rows', i, col.key], `本表有“${label}”一列，每行都要填`, '（缺少此项）'));
      });
      const total = plan.total[col.key];
      const sum = sumColumn(plan.rows, col.key);
      if (total === undefined) {
        out.push(issueAt(e, ['total', col.key], `印发的合计数（本表有“${label}”一列）`, '（缺少此项）'));
        continue;
      }
      if (sum !== total)
        out.push(issueAt(e, ['total', col.key], `各行“${label}”之和等于合计 ${total}`, `各行相加为 ${sum}，相差 ${sum - total}`));
      const target = plan.targets[col.key];
      if (target !== undefined && target !== total)
        out.push(issueAt(e, ['targets', col.key], `与分配表合计一致：${total}`, String(target)));
    }
    for (const key of ALLOCATION_KEYS)
      if (plan.total[key] !== undefined && !plan.columns.some((col) => col.key === key))
        out.push(issueAt(e, ['total', key], `只填本表各列（${plan.columns.map((col) => col.key).join('、')}）的合计`, String(plan.total[key])));
    // A row must be a unit directly under the plan's unit.
    const parentOf = new Map(c.units.map((u) => [u.id, u.data.parent]));
    plan.rows.forEach((r, i) => {
      const p = parentOf.get(r.unit);
      if (p !== undefined && p !== plan.unit)
        out.push(issueAt(e, ['rows', i, 'unit'], `“${plan.unit}”的直属单位`, `${JSON.stringify(r.unit)}，其上级是 ${JSON.stringify(p)}`));
    });
  }
  return out;
};

/** A child plan's targets equal what its parent plan allocated to that unit. */
export const childPlansMatchParent: Rule = (c) => {
  const out: ContentIssue[] = [];
  for (const e of c.plans) {
    for (const parent of c.plans) {
      if (parent.data.campaign !== e.data.campaign) continue;
      const row = parent.data.rows.find((r) => r.unit === e.data.unit);
      if (!row) continue;
      for (const key of ALLOCATION_KEYS) {
        const allocated = row[key];
        if (allocated === undefined) continue;
        const own = e.data.targets[key];
        if (own !== allocated)
          out.push(
            issueAt(
              e,
              ['targets', key],
              `等于上级分配数 ${allocated}（${parent.file} 中 ${e.data.unit} 的“${LABELS[key]}”）`,
              own === undefined ? '（缺少此项）' : String(own),
            ),
          );
      }
    }
  }
  return out;
};

/** Dates in order: within the campaign, printing after signing, a notice after the one it implements. */
export const datesInOrder: Rule = (c, ctx) => {
  const out: ContentIssue[] = [];
  const campaign = new Map(c.campaigns.map((e) => [e.data.id, e.data]));
  const notice = new Map<string, (typeof c.notices)[number]['data']>();
  for (const e of c.notices) if (!notice.has(e.id)) notice.set(e.id, e.data);
  for (const e of c.campaigns)
    if (e.data.from > e.data.to) out.push(issueAt(e, ['to'], `不早于开始日期 ${e.data.from}`, e.data.to));
  for (const e of c.notices) {
    const n = e.data;
    if (n.printedOn && n.printedOn < n.issuedOn)
      out.push(issueAt(e, ['printedOn'], `印发日期不早于成文日期 ${n.issuedOn}`, n.printedOn));
    const parent = n.implements ? notice.get(n.implements) : undefined;
    if (parent && n.issuedOn < parent.issuedOn)
      out.push(issueAt(e, ['issuedOn'], `不早于所落实的上级通知的成文日期 ${parent.issuedOn}`, n.issuedOn));
  }
  for (const e of c.timeline) {
    const t = e.data;
    if (t.from && t.from > t.to) out.push(issueAt(e, ['to'], `结束日期不早于开始日期 ${t.from}`, t.to));
    const camp = campaign.get(t.campaign);
    if (camp) {
      for (const key of ['from', 'to'] as const) {
        const d = t[key];
        if (d && (d < camp.from || d > camp.to))
          out.push(issueAt(e, [key], `在活动期间内（${camp.from} 至 ${camp.to}）`, d));
      }
    }
  }
  for (const e of c.progress) {
    const r = e.data;
    const camp = campaign.get(r.campaign);
    if (camp && (r.asOf < camp.from || r.asOf > camp.to))
      out.push(issueAt(e, ['asOf'], `在活动期间内（${camp.from} 至 ${camp.to}）`, r.asOf));
    if (r.asOf > ctx.today) out.push(issueAt(e, ['asOf'], `不晚于今天（${ctx.today}）`, r.asOf));
  }
  return out;
};

/** A progress report lives at progress/<unit>/<asOf>.json, so two reports cannot hide in one file. */
export const progressFilePlace: Rule = (c) =>
  c.progress
    .filter((e) => e.id !== `${e.data.unit}/${e.data.asOf}`)
    .map((e) => ({
      file: e.file,
      line: e.line([]),
      path: '',
      expected: `文件放在 content/campaigns/${e.data.campaign}/progress/${e.data.unit}/${e.data.asOf}.json（单位编号/日期）`,
      found: e.file,
    }));

/**
 * A report of a unit covers its whole branch, so what a lower unit reports for the same day
 * cannot exceed it: neither one lower unit's figure, nor the lower units' figures together.
 * "Lower" is the nearest unit up the tree that reported that day (usually the parent). Reports
 * of other days are not compared: figures grow, and a later child report may pass an older total.
 */
export const progressWithinParent: Rule = (c) => {
  const out: ContentIssue[] = [];
  const unitById = new Map(c.units.map((u) => [u.id, u.data]));
  // Duplicates of a unit and day are reported by uniqueIds; the first one stands for the day here.
  // Sample reports are compared with sample reports only, real ones with real ones.
  const space = (e: Entry<ProgressReport>) => (e.sample ? 'sample ' : '');
  const byUnitDay = new Map<string, Entry<ProgressReport>>();
  for (const e of c.progress) {
    const k = `${space(e)}${e.data.campaign} ${e.data.unit} ${e.data.asOf}`;
    if (!byUnitDay.has(k)) byUnitDay.set(k, e);
  }
  // The reports of each day grouped under the nearest ancestor that reported that day too.
  const groups = new Map<Entry<ProgressReport>, Entry<ProgressReport>[]>();
  for (const e of byUnitDay.values()) {
    const { chain } = walkUp(unitById.get(e.data.unit), (u) => (u.parent ? unitById.get(u.parent) : undefined), (u) => u.id);
    for (const up of chain.slice(1)) {
      const total = byUnitDay.get(`${space(e)}${e.data.campaign} ${up.id} ${e.data.asOf}`);
      if (total) {
        const list = groups.get(total);
        if (list) list.push(e);
        else groups.set(total, [e]);
        break;
      }
    }
  }
  for (const [total, parts] of groups) {
    for (const key of TARGET_KEYS) {
      const limit = total.data[key];
      if (limit === undefined) continue;
      const label = LABELS[key] ?? key;
      const stated = parts.filter((p) => p.data[key] !== undefined);
      const over = stated.filter((p) => (p.data[key] as number) > limit);
      for (const p of over)
        out.push(
          issueAt(
            p,
            [key],
            `不大于上级单位 ${total.data.unit} 同日（${total.data.asOf}）上报的“${label}”总数 ${limit}（${total.file}）`,
            String(p.data[key]),
          ),
        );
      if (over.length > 0) continue;
      const sum = stated.reduce((s, p) => s + (p.data[key] as number), 0);
      if (sum > limit)
        out.push(
          issueAt(
            total,
            [key],
            `不小于下级单位同日上报的“${label}”之和 ${sum}（${stated.map((p) => `${p.data.unit} ${p.data[key]}`).join('、')}）`,
            String(limit),
          ),
        );
    }
  }
  return out;
};

/** Attachments are numbered 1, 2, … in order. */
export const attachmentsNumbered: Rule = (c) => {
  const out: ContentIssue[] = [];
  for (const e of c.notices)
    e.data.attachments.forEach((a, i) => {
      if (a.no !== i + 1) out.push(issueAt(e, ['attachments', i, 'no'], `附件按顺序编号：${i + 1}`, String(a.no)));
    });
  return out;
};

/**
 * The national plan's targets for a campaign: the plan of the unit at the top of the tree.
 * Undefined when that campaign has no national plan.
 */
export function nationalTargets(
  units: readonly { id: string; parent: string | null }[],
  plans: readonly { unit: string; campaign: string; targets: Targets }[],
  campaign: string,
): Targets | undefined {
  const root = units.find((u) => u.parent === null)?.id;
  return plans.find((p) => p.unit === root && p.campaign === campaign)?.targets;
}

/**
 * The largest count a report may give for a measure: ten times the national target (a count past
 * it is a slip of the keyboard, such as a zero too many), and never past the largest whole number
 * a JSON number keeps exactly (Number.MAX_SAFE_INTEGER).
 */
export function countLimit(nationalTarget: number | undefined): number {
  return nationalTarget === undefined ? Number.MAX_SAFE_INTEGER : Math.min(nationalTarget * 10, Number.MAX_SAFE_INTEGER);
}

/** Each count of a report stays within its measure's limit (countLimit). */
export const progressWithinBounds: Rule = (c) => {
  const out: ContentIssue[] = [];
  const byCampaign = new Map<string, Targets | undefined>();
  const units = c.units.map((u) => u.data);
  const plans = c.plans.map((p) => p.data);
  for (const e of c.progress) {
    const campaign = e.data.campaign;
    if (!byCampaign.has(campaign)) byCampaign.set(campaign, nationalTargets(units, plans, campaign));
    const national = byCampaign.get(campaign);
    for (const key of TARGET_KEYS) {
      const v = e.data[key];
      const target = national?.[key];
      const limit = countLimit(target);
      if (v === undefined || v <= limit) continue;
      const why =
        target === undefined || limit === Number.MAX_SAFE_INTEGER
          ? '能准确记下的最大整数'
          : `全国目标“${LABELS[key]}”${target} 的十倍；请核对是否多写了位数`;
      out.push(issueAt(e, [key], `不大于 ${limit}（${why}）`, Number.isSafeInteger(v) ? String(v) : `${v}（超出能准确记下的范围）`));
    }
  }
  return out;
};

/** A report states at least one figure: a report without any has nothing to show. */
export const progressHasFigure: Rule = (c) =>
  c.progress
    .filter((e) => TARGET_KEYS.every((k) => e.data[k] === undefined))
    .map((e) => ({
      file: e.file,
      line: e.line([]),
      path: '',
      expected: `至少一项数字：${TARGET_KEYS.map((k) => `${k}（${LABELS[k]}）`).join('、')}`,
      found: '一项数字也没有',
    }));

/** Every rule, by the name issues carry (ContentIssue.rule) and the GitLab report shows. */
export const NAMED_RULES = {
  uniqueIds,
  referencesResolve,
  unitTreeAcyclic,
  planTotals,
  childPlansMatchParent,
  datesInOrder,
  progressFilePlace,
  progressWithinParent,
  progressWithinBounds,
  progressHasFigure,
  attachmentsNumbered,
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof NAMED_RULES;

export const RULES: readonly Rule[] = Object.values(NAMED_RULES);

/** Runs a table of named rules and marks each issue with the name of the rule that found it. */
export function runRuleTable(content: ContentSet, ctx: RuleContext, table: Record<string, Rule>): ContentIssue[] {
  return Object.entries(table).flatMap(([name, rule]) => rule(content, ctx).map((i) => ({ ...i, rule: name })));
}

/** Runs the given rules (all by default), each issue marked with the rule that found it. */
export function runRules(content: ContentSet, ctx: RuleContext, names: readonly RuleName[] = Object.keys(NAMED_RULES) as RuleName[]): ContentIssue[] {
  return runRuleTable(content, ctx, Object.fromEntries(names.map((n) => [n, NAMED_RULES[n]])));
}
