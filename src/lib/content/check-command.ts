import { CHECK_FORMATS, formatFor, type CheckFormat } from './formats';
import { defaultOptions, formatIssues, formatWarnings, validateContent } from './index';

/**
 * `npm run check` as a function of its arguments, environment and folder, so that tests run it
 * in-process on every bad fixture (scripts/check.ts is the command around it). It prints every
 * issue for people on stderr and exits 1 on any; warnings are printed and stop nothing.
 *
 *   --format=github   GitHub Actions annotations on stdout (also when GITHUB_ACTIONS=true)
 *   --format=gitlab --output=gl-code-quality-report.json   GitLab Code Quality report
 *   --format=plain    `path:line: message` lines, for Gitea, Forgejo and any log
 *
 * `npm run check --format=plain` (without `--`) works too: npm 10 and 11 take --format for their
 * own --format-package-lock and hand the script a bare `plain` (older npm: npm_config_format);
 * both are read. With --output the machine-read part goes to that file, written also when
 * content passes (an empty report), so a CI artifact always exists.
 */
export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What --output names, and what to write there. */
  output?: { file: string; text: string };
}

function option(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
    if (a === `--${name}`) return args[i + 1];
  }
  return undefined;
}

export function checkCommand(args: readonly string[], env: Record<string, string | undefined>, cwd: string, componentsDir: string): CheckRun {
  const bare = args.find((a) => (CHECK_FORMATS as readonly string[]).includes(a));
  const named = option(args, 'format') ?? bare ?? (env.npm_config_format || undefined) ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'human');
  if (!CHECK_FORMATS.includes(named as CheckFormat)) return { code: 2, stdout: '', stderr: `不认识的输出格式 --format=${named}：可用 ${CHECK_FORMATS.join('、')}。\n` };
  const format = named as CheckFormat;
  const file = option(args, 'output');

  const started = performance.now();
  // Content is read from where the check is run; the components MDX may use are this project's.
  const { issues, warnings, content } = validateContent({ ...defaultOptions(env, cwd), componentsDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const machine = formatFor(format, [...issues, ...warnings]);
  const output = file ? { file, text: machine } : undefined;
  const shown = !file && machine ? `${machine.trimEnd()}\n` : '';
  const warned = warnings.length > 0 ? `${formatWarnings(warnings)}\n\n` : '';
  if (issues.length > 0) return { code: 1, stdout: shown, stderr: `${formatIssues(issues)}\n${warned ? `\n${warned}` : ''}`, output };
  const passed = `内容校验通过（${seconds} 秒）：${content.notices.length} 份通知、${content.units.length} 个单位、${content.plans.length} 张分配表、${content.subprojects.length} 个征集项目、${content.timeline.length} 条日程、${content.progress.length} 份进度报告${content.results.length > 0 ? `、${content.results.length} 个征集项目的评选结果` : ''}。\n`;
  return { code: 0, stdout: `${warned}${passed}${shown}`, stderr: '', output };
}
