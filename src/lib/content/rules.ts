// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { PathSegment } from './issues';
import { type ContentIssue, formatPath } from './issues';
import type { ContentSet, Entry } from './load';
import { ALLOCATION_KEYS, TARGET_KEYS, type AllocationKey, type Plan, type ProgressReport, type Targets } from '../../schemas';
import { sumColumn } from '../domain/plans';
import { unitTargets, type PlanLike } from '../domain/targets';
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

/*
 * One column of an allocation table has up to four numbers that must be the same: the rows' sum,
 * the printed 合计 (`total`), the plan's own target (`targets`) and what the parent unit's plan of
 * the same year allocates to this plan's unit (its row there). When they differ, one message says
 * which is the odd one out (the others agree) and stands on that field's line, or, when no single
 * number is out, says plainly which agree with which. planTotals and childPlansMatchParent share
 * this one reading (allocationColumns), each giving its part, so one cause is never two messages.
 */

type ColumnSource = 'rows' | 'total' | 'target' | 'parent';

interface ColumnNumbers {
  plan: Entry<Plan>;
  key: AllocationKey;
  rows?: number;
  total?: number;
  target?: number;
  /** The parent plan's row for this plan's unit. */
  parent?: { value: number; plan: Entry<Plan>; row: number };
}

type Verdict =
  | { kind: 'agree'; value?: number }
  | { kind: 'odd'; odd: ColumnSource; value: number; others: ColumnSource[] }
  | { kind: 'split'; groups: [number, ColumnSource[]][] };

const SOURCE_ORDER: readonly ColumnSource[] = ['rows', 'total', 'target', 'parent'];

function valueOf(n: ColumnNumbers, s: ColumnSource): number | undefined {
  return s === 'parent' ? n.parent?.value : n[s];
}

/** Which of a column's numbers agree: all, all but one, or no single one out. */
function verdictOf(n: ColumnNumbers, sources: readonly ColumnSource[] = SOURCE_ORDER): Verdict {
  const present = sources.filter((s) => valueOf(n, s) !== undefined);
  const groups = new Map<number, ColumnSource[]>();
  for (const s of present) {
    const v = valueOf(n, s) as number;
    groups.set(v, [...(groups.get(v) ?? []), s]);
  }
  if (groups.size <= 1) return { kind: 'agree', value: [...groups.keys()][0] };
  const entries = [...groups];
  if (present.length >= 3 && entries.length === 2) {
    const lone = entries.find(([, g]) => g.length === 1);
    const rest = entries.find(([, g]) => g.length > 1);
    if (lone && rest) return { kind: 'odd', odd: lone[1][0]!, value: rest[0], others: rest[1] };
  }
  return { kind: 'split', groups: entries };
}

/** "A、B和C" */
const joinWords = (words: readonly string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join('、')}和${words.at(-1)}`);

function sourceWords(n: ColumnNumbers, s: ColumnSource): string {
  if (s === 'rows') return '各行相加';
  if (s === 'total') return '合计';
  if (s === 'target') return '计划目标';
  const p = n.parent!;
  const line = p.plan.line([...p.plan.at, 'rows', p.row, n.key]);
  return `上级分配数（${p.plan.file}${line ? ` 第 ${line} 行` : ''}）`;
}

/** The numbers of every column of every plan: a column it prints, or a measure its parent's plan allocates to it. */
function columnNumbers(c: ContentSet): ColumnNumbers[] {
  const out: ColumnNumbers[] = [];
  for (const e of c.plans) {
    const plan = e.data;
    for (const key of ALLOCATION_KEYS) {
      const printed = plan.columns.some((col) => col.key === key);
      let parent: ColumnNumbers['parent'];
      for (const p of c.plans) {
        if (p === e || p.data.campaign !== plan.campaign) continue;
        const row = p.data.rows.findIndex((r) => r.unit === plan.unit && r[key] !== undefined);
        if (row >= 0) {
          parent = { value: p.data.rows[row]![key] as number, plan: p, row };
          break;
        }
      }
      if (!printed && !parent) continue;
      // A row without the figure, or no 合计, is said by its own message; that number is then left out.
      const complete = printed && plan.rows.every((r) => r[key] !== undefined);
      out.push({
        plan: e,
        key,
        rows: complete ? sumColumn(plan.rows, key) : undefined,
        total: printed ? plan.total[key] : undefined,
        target: plan.targets[key],
        parent,
      });
    }
  }
  return out;
}

const ALLOCATION_CACHE = new WeakMap<ContentSet, ContentIssue[]>();

/** Every allocation column's message, each marked with the rule that gives it. */
export function allocationColumns(c: ContentSet): ContentIssue[] {
  const cached = ALLOCATION_CACHE.get(c);
  if (cached) return cached;
  const out: ContentIssue[] = [];
  const columns = columnNumbers(c);
  const byPlanKey = new Map(columns.map((n) => [`${n.plan.file} ${n.key}`, n]));
  // Child columns whose parent allocation is the odd one out, said already on the parent's rows.
  const folded = new Set<ColumnNumbers>();

  // What a child plan's own numbers (rows, 合计, target) agree on: the allocation its parent should give it.
  const childOf = (n: ColumnNumbers, rowIndex: number) => {
    const unit = n.plan.data.rows[rowIndex]?.unit;
    const child = c.plans.find((p) => p !== n.plan && p.data.campaign === n.plan.data.campaign && p.data.unit === unit);
    const numbers = child && byPlanKey.get(`${child.file} ${n.key}`);
    if (!numbers) return undefined;
    const own = verdictOf(numbers, ['rows', 'total', 'target']);
    return own.kind === 'agree' && own.value !== undefined ? { numbers, value: own.value } : undefined;
  };

  const label = (key: AllocationKey) => LABELS[key] ?? key;
  const childWords = (child: ColumnNumbers, value: number) => {
    const own = (['rows', 'total', 'target'] as const).filter((s) => valueOf(child, s) !== undefined).map((s) => sourceWords(child, s));
    return `${child.plan.data.unit} 自己的分配表（${child.plan.file}）${joinWords(own)}都是 ${value}`;
  };

  for (const n of columns) {
    const v = verdictOf(n);
    if (v.kind !== 'odd' || v.odd !== 'rows') continue;
    const rows = n.plan.data.rows;
    const wrong = rows.flatMap((r, i) => {
      const child = childOf(n, i);
      return child && child.value !== r[n.key] ? [{ i, child }] : [];
    });
    const fixedSum = (n.rows as number) + wrong.reduce((s, w) => s + w.child.value - (rows[w.i]![n.key] as number), 0);
    if (wrong.length === 0 || fixedSum !== v.value) continue;
    // The rows are off because of rows that differ from their unit's own table: those rows are the cause.
    const others = joinWords(v.others.map((s) => sourceWords(n, s)));
    for (const w of wrong) {
      folded.add(w.child.numbers);
      out.push({
        ...issueAt(
          n.plan,
          ['rows', w.i, n.key],
          `${w.child.value}：${childWords(w.child.numbers, w.child.value)}；${wrong.length > 1 ? '这几行都改正后' : '改为这个数后'}，本表各行相加正好是${others}的 ${v.value}`,
          `${rows[w.i]![n.key]}（本表各行“${label(n.key)}”相加为 ${n.rows}，相差 ${(n.rows as number) - v.value}）`,
        ),
        rule: 'planTotals',
      });
    }
    n.rows = undefined; // said
  }

  for (const n of columns) {
    if (folded.has(n)) continue;
    const v = verdictOf(n);
    const byParent = n.parent !== undefined;
    if (n.target === undefined && n.parent)
      out.push({
        ...issueAt(n.plan, ['targets', n.key], `等于上级分配数 ${n.parent.value}（${n.parent.plan.file} 中 ${n.plan.data.unit} 的“${label(n.key)}”）`, '（缺少此项）'),
        rule: 'childPlansMatchParent',
      });
    if (v.kind === 'agree') continue;
    if (v.kind === 'odd') {
      const others = joinWords(v.others.map((s) => sourceWords(n, s)));
      if (v.odd === 'rows')
        out.push({
          ...issueAt(n.plan, ['rows'], `各行“${label(n.key)}”相加为 ${v.value}：${others}都是 ${v.value}，请核对各行的数字`, `各行相加为 ${n.rows}，相差 ${(n.rows as number) - v.value}`),
          rule: 'planTotals',
        });
      else if (v.odd === 'total')
        out.push({ ...issueAt(n.plan, ['total', n.key], `${v.value}：${others}都是 ${v.value}，请核对合计是否照原文录入`, String(n.total)), rule: 'planTotals' });
      else if (v.odd === 'target')
        out.push({ ...issueAt(n.plan, ['targets', n.key], `${v.value}：${others}都是 ${v.value}，请把计划目标改为 ${v.value}`, String(n.target)), rule: byParent ? 'childPlansMatchParent' : 'planTotals' });
      else {
        // The parent's row is the odd one out: said on that row, in the parent's file.
        const p = n.parent!;
        const parentColumn = byPlanKey.get(`${p.plan.file} ${n.key}`);
        const parentRowsAgree = parentColumn && verdictOf(parentColumn).kind === 'agree' && parentColumn.rows !== undefined;
        out.push({
          ...issueAt(
            p.plan,
            ['rows', p.row, n.key],
            `${v.value}：${childWords(n, v.value)}，请核对这一行${parentRowsAgree ? '（本表各行相加现在与合计一致，改这一行时请一并核对其他行）' : ''}`,
            String(p.value),
          ),
          rule: 'childPlansMatchParent',
        });
      }
      continue;
    }
    // No single number is out: say which agree with which, and guess nothing.
    const groups = v.groups.map(([value, sources]) => `${joinWords(sources.map((s) => sourceWords(n, s)))}${sources.length > 1 ? '都' : ''}是 ${value}`);
    const at = n.total !== undefined ? ['total', n.key] : ['targets', n.key];
    out.push({
      ...issueAt(
        n.plan,
        at,
        `“${label(n.key)}”的${joinWords(SOURCE_ORDER.filter((s) => valueOf(n, s) !== undefined).map((s) => sourceWords(n, s).replace(/（.*$/, '')))}是同一个数`,
        `${groups.join('，')}：${v.groups.length === 2 ? '两组数不一致' : '几个数互不相同'}，请对照通知原文核对哪个对`,
      ),
      rule: byParent ? 'childPlansMatchParent' : 'planTotals',
    });
  }
  ALLOCATION_CACHE.set(c, out);
  return out;
}

/** Each allocation table's rows are filled, add up to its printed 合计, which equals the plan's own target. */
export const planTotals: Rule = (c) => {
  const out: ContentIssue[] = [];
  for (const e of c.plans) {
    const plan = e.data;
    for (const col of plan.columns) {
      const label = LABELS[col.key] ?? col.key;
      plan.rows.forEach((r, i) => {
        if (r[col.key] === undefined) out.push(issueAt(e, ['rows', i, col.key], `本表有“${label}”一列，每行都要填`, '（缺少此项）'));
      });
      if (plan.total[col.key] === undefined) out.push(issueAt(e, ['total', col.key], `印发的合计数（本表有“${label}”一列）`, '（缺少此项）'));
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
  out.push(...allocationColumns(c).filter((i) => i.rule === 'planTotals'));
  return out;
};

/** A child plan's numbers and what its parent plan allocated to that unit: the parent's part of allocationColumns. */
export const childPlansMatchParent: Rule = (c) => allocationColumns(c).filter((i) => i.rule === 'childPlansMatchParent');

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

/**
 * A report's count more than ten times its unit's own target for the measure (its own plan's target,
 * or else what its parent's plan allocates to it; domain/targets.ts) is probably a slip of the
 * keyboard. Such a count may also be right (a unit that went far past its target), so it is a
 * warning: shown by the check, CI and the report form, it stops nothing. A count already refused
 * (past ten times the national target) is not warned about again.
 */
/** "12 倍", "12 倍多". */
const times = (v: number, target: number) => `${Math.floor(v / target)} 倍${v % target === 0 ? '' : '多'}`;

export const progressAboveUnitTarget: Rule = (c) => {
  const out: ContentIssue[] = [];
  const units = new Map(c.units.map((u) => [u.id, u.data]));
  const unitList = c.units.map((u) => u.data);
  const plansByYear = new Map<string, Map<string, PlanLike>>();
  for (const p of c.plans) {
    const year = plansByYear.get(p.data.campaign) ?? new Map<string, PlanLike>();
    if (!year.has(p.data.unit)) year.set(p.data.unit, p.data);
    plansByYear.set(p.data.campaign, year);
  }
  const national = new Map<string, Targets | undefined>();
  for (const e of c.progress) {
    const unit = units.get(e.data.unit);
    if (!unit) continue;
    const year = e.data.campaign;
    if (!national.has(year)) national.set(year, nationalTargets(unitList, c.plans.map((p) => p.data), year));
    for (const t of unitTargets(unit.id, unit.parent, plansByYear.get(year) ?? new Map())) {
      const v = e.data[t.key];
      if (v === undefined || t.value <= 0 || v <= t.value * 10 || v > countLimit(national.get(year)?.[t.key])) continue;
      const from = t.setBy[0];
      const source = from?.kind === 'allocation' ? `上级分配表 ${from.notice} 分配给本单位的数` : `本单位分配表 ${from?.notice ?? ''} 的目标`;
      out.push({
        ...issueAt(
          e,
          [t.key],
          `“${LABELS[t.key]}”是本单位目标 ${t.value}（${source}）的 ${times(v, t.value)}，超过了十倍：是否多写了位数？核对无误就不用改`,
          String(v),
        ),
        severity: 'warning',
      });
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
  progressAboveUnitTarget,
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
