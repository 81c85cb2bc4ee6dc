/**
 * `npm run check`: validates all of content/ (every schema and cross-file rule) without building
 * pages, and prints every issue for people (stderr). Exit code 1 on any issue.
 *
 *   npm run check -- --format=github   GitHub Actions annotations on stdout (also when GITHUB_ACTIONS=true)
 *   npm run check -- --format=gitlab --output=gl-code-quality-report.json   GitLab Code Quality report
 *   npm run check -- --format=plain    `path:line: message` lines, for Gitea, Forgejo and any log
 *
 * `npm run check --format=plain` (without `--`) works too: npm 10 and 11 take --format for their
 * own --format-package-lock and hand the script a bare `plain` (older npm: npm_config_format);
 * both are read. With --output the machine-read part goes to that file, written also when
 * content passes (an empty report), so a CI artifact always exists. The build runs the same
 * validateContent(), so the two can never disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultOptions, formatIssues, validateContent } from '../src/lib/content';
import { CHECK_FORMATS, formatFor, type CheckFormat } from '../src/lib/content/formats';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
    if (a === `--${name}`) return args[i + 1];
  }
  return undefined;
}

const bare = process.argv.slice(2).find((a) => (CHECK_FORMATS as readonly string[]).includes(a));
const named =
  option('format') ?? bare ?? (process.env.npm_config_format || undefined) ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'human');
if (!CHECK_FORMATS.includes(named as CheckFormat)) {
  console.error(`不认识的输出格式 --format=${named}：可用 ${CHECK_FORMATS.join('、')}。`);
  process.exit(2);
}
const format = named as CheckFormat;
const output = option('output');

const started = performance.now();
// Content is read from where the check is run; the components MDX may use are this project's.
const componentsDir = fileURLToPath(new URL('../src/components/content/', import.meta.url));
const { issues, content } = validateContent({ ...defaultOptions(), componentsDir });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const machine = formatFor(format, issues);
if (output) writeFileSync(output, machine);
if (issues.length > 0) {
  console.error(formatIssues(issues));
  if (!output && machine) console.log(machine.trimEnd());
  process.exit(1);
}
console.log(
  `内容校验通过（${seconds} 秒）：${content.notices.length} 份通知、${content.units.length} 个单位、${content.plans.length} 张分配表、${content.subprojects.length} 个征集项目、${content.timeline.length} 条日程、${content.progress.length} 份进度报告。`,
);
