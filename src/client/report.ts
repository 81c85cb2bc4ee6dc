/**
 * The report form in the browser: reads the entry as `npm run new:report` does, checks it with
 * the build's own schema and rules (src/lib/report/report.ts), and either marks each box it found
 * wrong (aria-invalid, the message tied to the box with aria-describedby, focus on the first) in
 * the form's words (src/lib/report/form-errors.ts), or shows the file and how to create it on the
 * site's git host (src/lib/report/hosts.ts). This file only talks to the page.
 */
import { FORM_FIELDS, formMessages, noteMessage, summaryMessage, warningMessages, type FieldMessage, type FormField } from '../lib/report/form-errors';
import { HOST_NAMES, NO_REPOSITORY, NO_REPOSITORY_STEPS, newFilePage, newFileSteps, openLabel, type Repository } from '../lib/report/hosts';
import { checkReport, REPORT_COUNTS, readReportInput, reportFileText, reportPath, type ReportContext, type ReportInput } from '../lib/report/report';
import { contextOfYear, unitChoices, unitChoicesStatus, type ReportIndex, type ReportYear } from '../lib/report/context';

const COUNT_KEYS = REPORT_COUNTS.map((c) => c.key);
/** The control each field's message belongs to (the count group's is its fieldset). */
const CONTROL_ID: Record<Exclude<FormField, 'form'>, string> = {
  campaign: 'r-campaign',
  unit: 'r-unit',
  asOf: 'r-date',
  counts: 'r-counts',
  source: 'r-source',
  ...Object.fromEntries(COUNT_KEYS.map((k) => [k, `r-${k}`])),
} as Record<Exclude<FormField, 'form'>, string>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Copies text; falls back to a selection where the Clipboard API is missing (a plain-http office server). */
async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'sr-only';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

async function main(): Promise<void> {
  const form = document.getElementById('report-form') as HTMLFormElement | null;
  if (!form) return;
  const result = $('report-result');
  const status = $('report-status');
  const fileBox = $('report-file');
  const copied = $('report-copied');
  /** The button that opens the host's new-file page, filled in where the host allows. */
  const openOnHost = (repo: Repository, path: string, text: string) => {
    const page = newFilePage(repo, path, text);
    const open = $('report-open') as HTMLAnchorElement;
    open.textContent = openLabel(repo);
    open.href = page.url;
    // A new tab, so that this page (the file, the copy buttons, the steps) stays open beside it.
    open.target = '_blank';
    open.rel = 'external noopener noreferrer';
    open.dataset.copyContents = String(page.copyContents);
    open.onclick = page.copyContents
      ? () => {
          // The page opens in a new tab whatever happens; the contents wait on the clipboard.
          void copy(text).then((ok) => {
            copied.textContent = ok
              ? `文件内容已复制。请到打开的 ${HOST_NAMES[repo.kind]} 页面按下面的步骤粘贴。`
              : '没能自动复制：请按“复制文件内容”。';
          });
        }
      : null;
  };
  const fetchJson = async <T>(url: string): Promise<T> => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return (await res.json()) as T;
  };
  const index = fetchJson<ReportIndex>(form.dataset.context ?? '');
  // Each year's plans and reports, fetched the first time a report of that year is checked.
  const years = new Map<string, Promise<ReportContext>>();
  const context = async (year: string): Promise<ReportContext> => {
    const idx = await index;
    let c = years.get(year);
    if (!c) {
      const address = idx.years[year];
      // A year the site does not have: checked against no plans or reports, the rules name the year.
      c = address ? fetchJson<ReportYear>(address).then((y) => contextOfYear(idx, y)) : Promise.resolve(contextOfYear(idx, { plans: [], progress: [] }));
      years.set(year, c);
      c.catch(() => years.delete(year));
    }
    return c;
  };

  // The unit list, from the index, narrowed by the finder above it.
  const unitSelect = $<HTMLSelectElement>('r-unit');
  const finder = $<HTMLInputElement>('r-unit-filter');
  const found = $('r-unit-found');
  found.textContent = '正在载入单位名单……';
  const showUnits = (units: ReportIndex['units']) => {
    const chosen = unitSelect.value;
    const choices = unitChoices(units, finder.value);
    const none = document.createElement('option');
    none.value = '';
    none.textContent = '请选择单位';
    unitSelect.replaceChildren(
      none,
      ...choices.map((c) => {
        const o = document.createElement('option');
        o.value = c.id;
        o.textContent = c.label;
        o.selected = c.id === chosen;
        return o;
      }),
    );
    // One match is the unit meant: chosen for the clerk, who can still change it.
    if (choices.length === 1 && finder.value.trim()) unitSelect.value = choices[0]!.id;
    found.textContent = unitChoicesStatus(choices.length, units.length, finder.value);
  };
  index.then(
    (idx) => {
      showUnits(idx.units);
      finder.addEventListener('input', () => showUnits(idx.units));
    },
    () => {
      unitSelect.firstElementChild!.textContent = '单位名单没有载入';
      found.textContent = '单位名单没有载入：请检查网络后刷新本页。';
    },
  );

  // What each control is described by before any check (the count boxes' hint).
  const controls = (field: Exclude<FormField, 'form'>): HTMLElement[] =>
    field === 'counts' ? COUNT_KEYS.map((k) => $(`r-${k}`)) : [$(CONTROL_ID[field])];
  const baseDescribedBy = new Map<HTMLElement, string>();
  for (const f of FORM_FIELDS) if (f !== 'form') for (const c of controls(f)) baseDescribedBy.set(c, c.getAttribute('aria-describedby') ?? '');

  /** Marks the boxes of these messages (and only those), and shows each count's note. */
  function mark(messages: readonly FieldMessage[], notes: Map<string, string>): void {
    const describedBy = new Map<HTMLElement, string[]>([...baseDescribedBy].map(([c, d]) => [c, d ? [d] : []]));
    const invalid = new Set<HTMLElement>();
    for (const f of FORM_FIELDS) {
      if (f === 'form') continue;
      const message = messages.find((m) => m.field === f)?.message;
      const line = $(`${CONTROL_ID[f]}-error`);
      line.textContent = message ?? '';
      line.hidden = !message;
      if (!message) continue;
      // "Fill in at least one" belongs to every count box.
      for (const c of controls(f)) {
        invalid.add(c);
        describedBy.get(c)!.push(line.id);
      }
    }
    for (const k of COUNT_KEYS) {
      const note = $(`r-${k}-note`);
      note.textContent = notes.get(k) ?? '';
      note.hidden = !notes.has(k);
      if (notes.has(k)) describedBy.get($(`r-${k}`))!.push(note.id);
    }
    for (const [c, ids] of describedBy) {
      if (invalid.has(c)) c.setAttribute('aria-invalid', 'true');
      else c.removeAttribute('aria-invalid');
      if (ids.length) c.setAttribute('aria-describedby', ids.join(' '));
      else c.removeAttribute('aria-describedby');
    }
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    const input: ReportInput = {
      unit: String(fd.get('unit') ?? ''),
      asOf: String(fd.get('asOf') ?? ''),
      campaign: String(fd.get('campaign') ?? ''),
      source: String(fd.get('source') ?? ''),
      counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, String(fd.get(k) ?? '')])),
    };
    const { candidate, notes } = readReportInput(input);
    // The boxes show what will be checked and written; the note beside each says what changed.
    for (const note of notes) ($(`r-${note.key}`) as HTMLInputElement).value = String(note.value);
    const noteText = new Map(notes.map((n) => [n.key as string, noteMessage(n)]));
    let data: ReportContext;
    try {
      data = await context(candidate.campaign as string);
    } catch {
      result.hidden = false;
      fileBox.hidden = true;
      status.className = 'mt-2 rounded bg-red-50 p-3 font-semibold text-red-900';
      status.textContent = '没能载入检查所需的数据：请检查网络后再按一次“检查并生成文件”。';
      return;
    }
    const { report, issues, warnings } = checkReport(candidate, data);
    // A count far above the unit's own target is said under its box; it refuses nothing.
    const warned = warningMessages(warnings, candidate);
    for (const w of warned) noteText.set(w.field, [noteText.get(w.field), w.message].filter(Boolean).join(' '));
    result.hidden = false;
    if (!report) {
      const messages = formMessages(issues, candidate, data);
      mark(messages, noteText);
      fileBox.hidden = true;
      status.className = 'mt-2 rounded bg-red-50 p-3 font-semibold text-red-900';
      status.textContent = summaryMessage(messages);
      const first = messages.find((m) => m.field !== 'form');
      if (first) controls(first.field as Exclude<FormField, 'form'>)[0]!.focus();
      else status.scrollIntoView({ block: 'center' });
      return;
    }
    mark([], noteText);
    const path = reportPath(report);
    const text = reportFileText(candidate);
    const repo = form.dataset.repo ? (JSON.parse(form.dataset.repo) as Repository) : undefined;
    status.className = 'mt-2';
    status.textContent =
      warned.length > 0
        ? `检查通过，但有 ${warned.length} 个数字请再核对一下（见栏目下的说明；没有写错就不用改）。这份报告可以提交：`
        : notes.length > 0
          ? '检查通过（数字按旁边说明的方式读入）。这份报告可以提交：'
          : '检查通过。这份报告可以提交：';
    $('report-path').textContent = path;
    $('report-text').textContent = text;
    const steps = $('report-steps');
    steps.replaceChildren(
      ...(repo ? newFileSteps(repo, path) : NO_REPOSITORY_STEPS).map((s) => {
        const li = document.createElement('li');
        li.textContent = s;
        return li;
      }),
    );
    // Every word about the host comes from the same config as the address (form's data-repo).
    $('report-host').textContent = repo ? `提交到 ${HOST_NAMES[repo.kind]}` : NO_REPOSITORY;
    // No repository set: no button to a host, only copy and download.
    $('report-open-box').hidden = !repo;
    if (repo) openOnHost(repo, path, text);
    const dl = $('report-download') as HTMLAnchorElement;
    dl.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    dl.download = `${report.asOf}.json`;
    fileBox.hidden = false;
    copied.textContent = '';
    $('report-copy').onclick = async () => {
      copied.textContent = (await copy(text)) ? '已复制文件内容。' : '没能复制：请选中上面的文件内容，自己复制。';
    };
    $('report-copy-path').onclick = async () => {
      copied.textContent = (await copy(path)) ? `已复制文件名：${path}` : '没能复制：请选中上面的文件位置，自己复制。';
    };
    $('report-result-heading').focus();
  });
}

void main();
