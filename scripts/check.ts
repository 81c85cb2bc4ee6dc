/**
 * `npm run check`: validates all of content/ (every schema and cross-file rule) without building
 * pages, and prints every issue. Exit code 1 on any issue. `--format=github` prints GitHub
 * workflow annotations as well, so a pull request shows each problem beside the changed line.
 * The build runs the same validateContent(), so the two can never disagree.
 */
import { fileURLToPath } from 'node:url';
import { defaultOptions, formatIssues, validateContent } from '../src/lib/content';
import { formatGithubAnnotations } from '../src/lib/content/issues';

const github = process.argv.includes('--format=github') || process.env.GITHUB_ACTIONS === 'true';
const started = performance.now();
// Content is read from where the check is run; the components MDX may use are this project's.
const componentsDir = fileURLToPath(new URL('../src/components/content/', import.meta.url));
const { issues, content } = validateContent({ ...defaultOptions(), componentsDir });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (issues.length > 0) {
  console.error(formatIssues(issues));
  if (github) console.log(formatGithubAnnotations(issues));
  process.exit(1);
}
console.log(
  `内容校验通过（${seconds} 秒）：${content.notices.length} 份通知、${content.units.length} 个单位、${content.plans.length} 张分配表、${content.subprojects.length} 个征集项目、${content.timeline.length} 条日程、${content.progress.length} 份进度报告。`,
);
