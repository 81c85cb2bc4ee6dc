/**
 * The file pre-check in the browser (src/components/FilePrecheck.astro renders it): reads the
 * chosen file with src/lib/precheck/mp4probe.ts, judges it with src/lib/precheck/rules.ts and the
 * limits the page carries, and shows the verdict. The file never leaves the phone.
 */
import { judge, type CheckStatus, type FileLimits, type Verdict } from '../lib/precheck/rules';

// The MP4 reader is not fetched with the page, where it would delay the text on a slow
// connection: it is fetched once the page has loaded and the phone is idle (so the check still
// works if the signal drops before a file is chosen), or at once when the file button is used.
let probeModule: Promise<typeof import('../lib/precheck/mp4probe')> | undefined;
const loadProbe = () => (probeModule ??= import('../lib/precheck/mp4probe'));
const whenIdle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 200));
const prefetch = () => whenIdle(() => void loadProbe().catch(() => undefined));

const MARK: Record<CheckStatus, { symbol: string; label: string; css: string }> = {
  pass: { symbol: '✓', label: '符合', css: 'text-green-800' },
  warn: { symbol: '!', label: '请注意', css: 'text-amber-800' },
  fail: { symbol: '✗', label: '不符合', css: 'text-brand' },
  unknown: { symbol: '?', label: '无法确认', css: 'text-stone-700' },
};
const BOX: Record<Verdict['status'], string> = {
  pass: 'border-green-700 bg-green-50',
  fail: 'border-brand bg-brand-light',
  unknown: 'border-stone-400 bg-stone-100',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render(out: HTMLElement, name: string, v: Verdict): void {
  const box = el('div', `rounded border-l-4 p-3 ${BOX[v.status]}`);
  box.dataset.verdict = v.status;
  const head = MARK[v.status];
  const title = el('p', `font-bold ${head.css}`);
  title.append(el('span', '', `${head.symbol} `), v.summary);
  box.append(title, el('p', 'break-all text-sm text-stone-700', `文件：${name}`));
  const list = el('ul', 'mt-2 space-y-2');
  for (const line of v.lines) {
    const m = MARK[line.status];
    const li = el('li', 'flex gap-2');
    li.dataset.check = line.key;
    li.dataset.status = line.status;
    li.append(el('span', `shrink-0 font-bold ${m.css}`, `${m.symbol} ${m.label}`));
    const body = el('span', '');
    body.append(el('span', 'block', line.text));
    if (line.fix) body.append(el('span', 'block text-sm', `怎么改：${line.fix}`));
    li.append(body);
    list.append(li);
  }
  box.append(list);
  if (v.manual.length > 0) box.append(el('p', 'mt-2 text-sm', `还请自己检查：${v.manual.join('、')}。`));
  out.replaceChildren(box);
}

/** Wires one pre-check section: shows its file button and answers each file chosen. */
function setUp(root: HTMLElement): void {
  const ui = root.querySelector<HTMLElement>('[data-precheck-ui]');
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  const out = root.querySelector<HTMLElement>('[data-precheck-result]');
  let limits: FileLimits | undefined;
  try {
    limits = JSON.parse(root.dataset.limits ?? '') as FileLimits;
  } catch {
    limits = undefined;
  }
  if (!ui || !input || !out || !limits) return;
  const rules = limits;
  ui.hidden = false;
  let latest = 0;
  input.addEventListener('click', () => void loadProbe().catch(() => undefined), { once: true });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    const ticket = ++latest;
    if (!file) {
      out.replaceChildren();
      return;
    }
    out.replaceChildren(el('p', '', '正在读取文件信息……'));
    let probe: Awaited<ReturnType<typeof loadProbe>>;
    try {
      probe = await loadProbe();
    } catch {
      // A failed import() stays failed for the life of the page in most browsers: ask for a reload,
      // and clear the choice so that choosing the same file again is noticed.
      input.value = '';
      if (ticket === latest) out.replaceChildren(el('p', 'text-brand', '检查没有完成：检查工具没有下载成功。请确认手机已联网，刷新本页后再选择文件。'));
      return;
    }
    const { fileSource, probeMp4 } = probe;
    try {
      const verdict = judge(await probeMp4(fileSource(file)), rules);
      if (ticket === latest) render(out, file.name, verdict);
    } catch {
      if (ticket === latest) out.replaceChildren(el('p', 'text-brand', '检查没有完成：读取这个文件时出了问题。请把文件保存到本机后再选择一次。'));
    }
  });
}

const sections = document.querySelectorAll<HTMLElement>('[data-precheck]');
sections.forEach(setUp);
if (sections.length > 0) {
  if (document.readyState === 'complete') prefetch();
  else window.addEventListener('load', prefetch, { once: true });
}
