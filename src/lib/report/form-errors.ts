// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { COUNT_CHANGE_WORDS } from '../../schemas';
import { NEGATIVE_ZERO } from '../../schemas/common';
import { countLimit, nationalTargets } from '../content/rules';
import { formatChineseDate, formatFull } from '../formats/text';
import { REPORT_COUNTS, reportPath, topField, type CountKey, type CountNote, type ReportContext, type ReportIssue } from './report';

/**
 * The report form's words. The checks are the build's (report.ts); this layer only says what
 * they found in words about the form: which box, what to do, never a file path or a field path
 * (those stay for `npm run new:report` and CI). One message per box.
 */

/** The form's boxes, in the order they stand on the page; `counts` is the group of count boxes, `form` the form as a whole. */
export type FormField = 'campaign' | 'unit' | 'asOf' | 'counts' | CountKey | 'source' | 'form';
export const FORM_FIELDS: readonly FormField[] = ['campaign', 'unit', 'asOf', 'counts', ...REPORT_COUNTS.map((c) => c.key), 'source', 'form'];

export interface FieldMessage {
  field: FormField;
  message: string;
}

const COUNT_LABEL = new Map<string, string>(REPORT_COUNTS.map((c) => [c.key, c.label]));
const isCount = (f: string): f is CountKey => COUNT_LABEL.has(f);

/** Numbers as the form shows them: 30,000. */
const n = (v: number | string) => (typeof v === 'number' ? formatFull(v) : formatFull(Number(v)));

/** The form's messages for the issues of checkReport, in page order, one per box. */
export function formMessages(issues: readonly ReportIssue[], candidate: Record<string, unknown>, ctx: ReportContext): FieldMessage[] {
  const out = new Map<FormField, string>();
  for (const issue of issues) {
    const m = messageFor(issue, candidate, ctx);
    if (!out.has(m.field)) out.set(m.field, m.message);
  }
  return FORM_FIELDS.filter((f) => out.has(f)).map((field) => ({ field, message: out.get(field)! }));
}

function messageFor(issue: ReportIssue, candidate: Record<string, unknown>, ctx: ReportContext): FieldMessage {
  const field = topField(issue.path);
  const value = candidate[field];
  const unitName = (id: string) => ctx.units.find((u) => u.id === id)?.name ?? id;

  // A year the site has no campaign folder for (content/campaigns/<year>/campaign.json).
  if (field === 'campaign' || (issue.rule === 'referencesResolve' && issue.expected.includes('campaign.json')))
    return { field: 'campaign', message: value || candidate.campaign ? '活动年份：没有这一年的活动，请从列表中选择。' : '请选择活动年份。' };

  if (field === 'unit') {
    if (issue.rule === 'referencesResolve') return { field, message: '单位：列表里没有这个单位了。请刷新页面，再重新选择单位。' };
    return { field, message: value ? '单位：请从列表中选择单位。' : '请选择单位。' };
  }

  if (field === 'asOf') {
    if (issue.rule === 'schema')
      return { field, message: value ? `报告截至日期：请按“年-月-日”填写一个存在的日期，如 ${ctx.today}。` : '请填写报告截至日期。' };
    if (issue.rule === 'uniqueIds')
      return {
        field,
        message: `报告截至日期：${unitName(String(candidate.unit))}在${formatChineseDate(String(value))}已经有一份报告，同一单位同一天只能有一份。请换一个日期，或者修改已有的那份报告。`,
      };
    if (issue.rule === 'datesInOrder') {
      if (String(value) > ctx.today) return { field, message: `报告截至日期不能晚于今天（${formatChineseDate(ctx.today)}）。` };
      const camp = ctx.campaigns.find((c) => c.id === candidate.campaign);
      if (camp)
        return { field, message: `报告截至日期要在${camp.id}年活动期间内（${formatChineseDate(camp.from)}至${formatChineseDate(camp.to)}）；其他年份的报告请先选择活动年份。` };
    }
  }

  if (isCount(field)) {
    const label = COUNT_LABEL.get(field)!;
    if (issue.rule === 'schema') {
      if (issue.code === 'too_small') return { field, message: `${label}不能小于 0。` };
      if (issue.expected === NEGATIVE_ZERO) return { field, message: `${label}：请写 0（不写 -0）。` };
      if (issue.code === 'invalid_type' && issue.wanted === 'integer') return { field, message: `${label}：请填写整数，不要写小数。` };
      return { field, message: `${label}：请只填数字，如 12。` };
    }
    if (issue.rule === 'progressWithinBounds') {
      const target = nationalTargets(ctx.units, ctx.plans, String(candidate.campaign))?.[field];
      const limit = countLimit(target);
      return target === undefined || limit === Number.MAX_SAFE_INTEGER
        ? { field, message: `${label}：这个数字太大，请核对。` }
        : { field, message: `${label}不能超过 ${n(limit)}（全国目标 ${n(target)} 的十倍）。请核对是否多写了位数。` };
    }
    if (issue.rule === 'progressWithinParent' && issue.file !== reportPath({ unit: String(candidate.unit), asOf: String(candidate.asOf), campaign: String(candidate.campaign) })) {
      // This report is the total, and a unit under it reported more that day (flagged on that unit's file).
      const lower = ctx.progress.find((p) => reportPath(p) === issue.file);
      if (lower && lower[field] !== undefined)
        return { field, message: `${label}不能小于${unitName(lower.unit)}同一天上报的 ${n(lower[field]!)}。` };
    }
    if (issue.rule === 'progressWithinParent') {
      // The rule's own words carry the figure it compared with (tests/unit/form-errors.test.ts pins them).
      const above = /上级单位 (\S+) 同日.*总数 (\d+)/.exec(issue.expected);
      if (above) return { field, message: `${label}不能大于${unitName(above[1]!)}同一天上报的 ${n(above[2]!)}。` };
      const below = /之和 (\d+)/.exec(issue.expected);
      if (below) return { field, message: `${label}不能小于下级单位同一天上报的合计 ${n(below[1]!)}。` };
    }
  }

  if (issue.rule === 'progressHasFigure') return { field: 'counts', message: '报告中的数字：请至少填写一项（报告里给出的数字）。' };

  if (field === 'source') return { field, message: '请填写数字出处（报告的标题或文号）。' };

  // Anything this layer does not know yet: the build's words, without file or field paths.
  return { field: 'form', message: `这份报告还有一处问题：${withoutPaths(issue.expected)}。` };
}

/** A message with every content/ path taken out (the form names boxes, not files). */
export function withoutPaths(s: string): string {
  return s
    .replace(/（[^（）]*content\/[^（）]*）/g, '')
    .replace(/\s*content\/[^\s，。；）]*/g, '')
    .trim();
}

/**
 * What the form says under a count that passed with a warning (checkReport's warnings): said, and
 * the report is still made. One per box, in page order.
 */
export function warningMessages(warnings: readonly ReportIssue[], candidate: Record<string, unknown>): FieldMessage[] {
  const out = new Map<FormField, string>();
  for (const w of warnings) {
    const field = topField(w.path);
    if (!isCount(field) || out.has(field)) continue;
    const label = COUNT_LABEL.get(field)!;
    // The rule's own words carry the unit's target (tests/unit/form-errors.test.ts pins them).
    const target = /本单位目标 (\d+)（[^）]*）的 (\d+ 倍多?)/.exec(w.expected);
    const value = Number(candidate[field]);
    out.set(
      field,
      target
        ? `${label}：${n(value)} 是本单位目标 ${n(target[1]!)} 的 ${target[2]}，请核对是否多写了位数；没有写错就可以照常提交。`
        : `${label}：这个数字比本单位的目标大很多，请核对是否多写了位数；没有写错就可以照常提交。`,
    );
  }
  return FORM_FIELDS.filter((f) => out.has(f)).map((field) => ({ field, message: out.get(field)! }));
}

/** What the form says beside a count it read differently from how it was typed. */
export function noteMessage(note: CountNote): string {
  return `已按 ${note.value} 读入（原来填的是“${note.typed}”：${note.changes.map((c) => COUNT_CHANGE_WORDS[c]).join('，')}）。`;
}

/** The line above the boxes: how many to fix, in words. */
export function summaryMessage(messages: readonly FieldMessage[]): string {
  const atBoxes = messages.filter((m) => m.field !== 'form').length;
  const general = messages.filter((m) => m.field === 'form').map((m) => m.message);
  const head = atBoxes > 0 ? `还不能生成文件：有 ${atBoxes} 处需要修改，已在对应的栏目下标出。` : '还不能生成文件。';
  return [head, ...general].join('');
}
