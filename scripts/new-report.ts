/**
 * `npm run new:report`: writes a progress report file at the right place, after checking it with
 * the same schema and rules as the build. Give the values as flags, or answer the questions:
 *
 *   npm run new:report -- --unit fujian/quanzhou/jinjiang --date 2019-09-01 --activities 1 \
 *     --propagandists 10 --source "晋江市总工会关于主题活动开展情况的报告"
 *
 * It refuses a unit that does not exist, a second report for the same unit and date, a count that
 * is not a whole number of 0 or more or is past its bound (ten times the national target), a report
 * without any figure, a date outside the campaign or after today, and says why (with the file
 * path and field, as the build does). A count more than ten times the unit's own target is said as a
 * warning, and the file is written all the same. Counts are read as the form reads them: "１３" and "1,300"
 * are 13 and 1300, and it says so.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { defaultOptions, formatIssues, formatWarnings } from '../src/lib/content';
import { addIdHints } from '../src/lib/content/id-hints';
import { loadContent } from '../src/lib/content/load';
import { todayFromClock } from '../src/lib/clock';
import { checkReport, REPORT_COUNTS, readReportInput, reportFileText, reportPath, type ReportInput } from '../src/lib/report/report';
import { noteMessage } from '../src/lib/report/form-errors';
import { reportContext } from '../src/lib/report/context';

function flags(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const value = m[2] ?? (argv[i + 1] && !argv[i + 1]!.startsWith('--') ? argv[++i] : '');
    out.set(m[1]!, value ?? '');
  }
  return out;
}

async function main(): Promise<number> {
  const opts = defaultOptions();
  const f = flags(process.argv.slice(2));
  const { content } = loadContent(opts);
  const ctx = reportContext(content, todayFromClock());
  const latest = [...ctx.campaigns].sort((a, b) => b.year - a.year)[0]?.id ?? '';

  const interactive = process.stdin.isTTY && !f.has('yes');
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (key: string, question: string, required: boolean): Promise<string> => {
    if (f.has(key)) return f.get(key) ?? '';
    if (!rl) return '';
    const answer = (await rl.question(`${question}${required ? '' : '（没有就直接回车）'}：`)).trim();
    return answer;
  };

  const input: ReportInput = {
    unit: await ask('unit', '单位编号（如 fujian/quanzhou/jinjiang）', true),
    asOf: await ask('date', '报告截至日期（如 2019-09-01）', true),
    campaign: f.get('campaign') ?? latest,
    counts: {},
    source: '',
  };
  for (const c of REPORT_COUNTS) {
    const v = await ask(c.flag, c.label, false);
    if (v !== '') input.counts[c.key] = v;
  }
  input.source = await ask('source', '数字出处（报告标题或文号）', true);
  rl?.close();

  const { candidate, notes } = readReportInput(input);
  for (const note of notes) {
    const c = REPORT_COUNTS.find((x) => x.key === note.key)!;
    console.log(`--${c.flag}（${c.label}）${noteMessage(note)}`);
  }
  const { report, issues, warnings } = checkReport(candidate, ctx);
  // A warning (a count far above the unit's own target) is printed; the file is written all the same.
  if (warnings.length > 0) console.log(`${formatWarnings(warnings).replace('不影响发布', '报告照常写入')}\n`);
  if (!report) {
    // A unit's name given for --unit: the id it means, as the build says it.
    console.error(formatIssues(addIdHints(issues, content)).replace('网站没有生成', '报告没有写入'));
    return 1;
  }
  const path = reportPath(report);
  const full = join(opts.root, path);
  if (existsSync(full)) {
    console.error(`${path} 已经存在：同一单位同一日期只能有一份报告。要修改，请直接编辑该文件。`);
    return 1;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, reportFileText(candidate));
  console.log(`已写入 ${path}：\n\n${reportFileText(candidate)}\n下一步：提交这个文件并发起拉取请求（见 CONTRIBUTING.md）。`);
  return 0;
}

main().then((code) => process.exit(code));
