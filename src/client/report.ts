/**
 * The report form in the browser: checks the entry with the build's own schema and rules
 * (src/lib/report/report.ts), shows the file, and offers to create it in the repository, copy or download it.
 */
import { formatIssues } from '../lib/content/issues';
import { checkReport, newFileUrl, REPORT_COUNTS, reportFileText, reportFromInput, reportPath, type ReportContext, type ReportInput } from '../lib/report/report';

async function main(): Promise<void> {
  const form = document.getElementById('report-form') as HTMLFormElement | null;
  if (!form) return;
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const result = $('report-result');
  const status = $('report-status');
  const fileBox = $('report-file');
  const repo = JSON.parse(form.dataset.repo ?? '{}');
  let ctx: ReportContext | undefined;
  const context = async () => (ctx ??= (await (await fetch(form.dataset.context ?? '')).json()) as ReportContext);

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    const input: ReportInput = {
      unit: String(fd.get('unit') ?? ''),
      asOf: String(fd.get('asOf') ?? ''),
      campaign: form.dataset.campaign ?? '',
      source: String(fd.get('source') ?? ''),
      counts: Object.fromEntries(REPORT_COUNTS.map((c) => [c.key, String(fd.get(c.key) ?? '')])),
    };
    const candidate = reportFromInput(input);
    const { report, issues } = checkReport(candidate, await context());
    result.hidden = false;
    if (!report) {
      fileBox.hidden = true;
      const pre = document.createElement('pre');
      pre.className = 'whitespace-pre-wrap break-all rounded bg-red-50 p-3 text-sm text-red-900';
      pre.textContent = formatIssues(issues).replace('网站没有生成', '还不能生成文件');
      status.replaceChildren(pre);
      return;
    }
    const path = reportPath(report);
    const text = reportFileText(candidate);
    status.textContent = '检查通过。这份报告可以提交：';
    $('report-path').textContent = path;
    $('report-text').textContent = text;
    const open = $('report-open') as HTMLAnchorElement;
    open.href = newFileUrl(repo, path, text);
    open.rel = 'external noopener noreferrer';
    const dl = $('report-download') as HTMLAnchorElement;
    dl.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    dl.download = `${report.asOf}.json`;
    fileBox.hidden = false;
    $('report-copy').onclick = async () => {
      await navigator.clipboard.writeText(text);
      status.textContent = '已复制文件内容。';
    };
  });
}

void main();
