import { contactPhones, type Contact, type Correction, type RecordedCorrection, type Notice, type Plan, type Subproject, type Unit } from '../../schemas';
import { asPrinted } from '../domain/contacts';
import { formatChineseDate, phoneView } from '../formats/text';
import { type ContentIssue } from './issues';
import type { ContentSet, Entry, MdxEntry } from './load';
import type { MdNode } from './mdx';
import { issueAt } from './rules';

/**
 * The official text guarded: every sentence and table row of a notice's source (sources/, with
 * the extraction repairs of repairs.json and the corrections recorded in the files applied) must be
 * in what the notice's page shows, as the notice's file and the data it draws on give it. An edit
 * to official text that is not recorded as a correction fails here, in the check and the build;
 * the browser gate tests/e2e/faithful.test.ts asks the same of the built pages.
 *
 * Words and figures are compared without white space or punctuation (the site renders contacts,
 * signatures and tables from data with its own punctuation); where a sentence stands in the body,
 * which is typed as printed, its punctuation is compared too.
 */

/** Letters, digits and CJK only: what is compared when punctuation may differ. */
export const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/[\s\p{P}\p{S}]/gu, '');
/** Without white space and the source's bold marks: what is compared in the body, punctuation and all. */
const squash = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');

/** `1-58, 312-314` → [[1, 58], [312, 314]]. */
export function parseLineRanges(s: string): [number, number][] {
  return s
    .split(/[,，、]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [a, b] = part.split('-').map((x) => Number(x.trim()));
      return [a!, b ?? a!] as [number, number];
    });
}

/** One notice's part of a source text: its lines, each with its line number in the file. */
export interface SourceSegment {
  notice: string;
  campaign: string;
  /** The .txt file, as messages name it. */
  file: string;
  lines: { no: number; text: string }[];
}

/**
 * Each notice's part of its year's sources. A source named after a notice (sources/<notice>.txt) is
 * that notice's; a source holding several notices has a map (sources/<name>.json) saying whose each
 * line is. Problems with a map are issues.
 */
export function sourceSegments(c: ContentSet): { segments: SourceSegment[]; issues: ContentIssue[] } {
  const segments: SourceSegment[] = [];
  const issues: ContentIssue[] = [];
  const noticeIn = new Set(c.notices.map((n) => `${n.data.campaign} ${n.id}`));
  for (const src of c.sources) {
    const lines = src.text.split(/\r?\n/);
    const parts = c.sourceMaps.filter((m) => m.data.campaign === src.campaign && m.data.source === src.name);
    if (parts.length === 0) {
      if (noticeIn.has(`${src.campaign} ${src.name}`) || c.invalid.has(src.name))
        segments.push({ notice: src.name, campaign: src.campaign, file: src.file, lines: lines.map((text, i) => ({ no: i + 1, text })) });
      else
        issues.push({
          file: src.file,
          path: '',
          expected: `以通知编号命名的原文（如 sources/zgf-${src.campaign}-1.txt），或同名的 sources/${src.name}.json 写明哪几行是哪份通知`,
          found: `${src.campaign} 年没有编号为 ${JSON.stringify(src.name)} 的通知`,
        });
      continue;
    }
    const owner = new Map<number, Entry<unknown>>();
    const found: SourceSegment[] = [];
    const before = issues.length;
    for (const part of parts) {
      const taken: { no: number; text: string }[] = [];
      for (const [from, to] of parseLineRanges(part.data.lines)) {
        if (from < 1 || to > lines.length || from > to) {
          issues.push(issueAt(part, ['lines'], `${src.file} 中存在的行号范围（第 1 至 ${lines.length} 行，前小后大）`, `${from}-${to}`));
          continue;
        }
        for (let no = from; no <= to; no++) {
          const first = owner.get(no);
          if (first && first !== part) {
            issues.push(issueAt(part, ['lines'], '每一行只属于一份通知', `第 ${no} 行已经分给了 ${(first.data as { notice: string }).notice}`));
            break;
          }
          owner.set(no, part);
          taken.push({ no, text: lines[no - 1]! });
        }
      }
      found.push({ notice: part.data.notice, campaign: src.campaign, file: src.file, lines: taken });
    }
    // A line with text that no notice claims would go unchecked.
    const unclaimed = lines.map((t, i) => ({ no: i + 1, t })).filter((l) => l.t.trim() !== '' && !owner.has(l.no));
    if (unclaimed.length > 0) {
      const first = parts[0]!;
      issues.push(issueAt(first, ['lines'], `${src.file} 中有文字的每一行都分给一份通知`, `第 ${rangesOf(unclaimed.map((l) => l.no))} 行没有分给任何通知`));
    }
    // A map that is wrong is fixed first: the text it would cut is not compared meanwhile.
    if (issues.length === before) segments.push(...found);
  }
  return { segments, issues };
}

function rangesOf(nos: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < nos.length; ) {
    let j = i;
    while (j + 1 < nos.length && nos[j + 1] === nos[j]! + 1) j++;
    out.push(i === j ? String(nos[i]) : `${nos[i]}-${nos[j]}`);
    i = j + 1;
  }
  return out.join('、');
}

/** A text with each character's line in the source, so that replacements keep the lines right. */
type Located = { c: string; line: number }[];

function replaceAll(text: Located, found: string, by: string): { text: Located; count: number } {
  const s = text.map((x) => x.c).join('');
  let count = 0;
  const out: Located = [];
  let i = 0;
  for (let at = s.indexOf(found); at >= 0; at = s.indexOf(found, at + found.length)) {
    out.push(...text.slice(i, at));
    const line = text[at]!.line;
    for (const c of by) out.push({ c, line });
    i = at + found.length;
    count++;
  }
  out.push(...text.slice(i));
  return { text: out, count };
}

/** A sentence or a table row of the source, with the line it starts on. */
export interface SourceUnit {
  text: string;
  line: number;
  kind: 'sentence' | 'row';
  /** A row's cells, for a table printed as two side by side. */
  cells?: string[];
}

/** The repairs' and corrections' words, applied in the order given. */
export interface Replacement {
  from: string;
  to: string;
}

/** The segment's text with the replacements applied, cut into sentences and table rows. */
export function sourceUnits(segment: SourceSegment, replacements: readonly Replacement[]): { units: SourceUnit[]; unmatched: Replacement[] } {
  let text: Located = [];
  segment.lines.forEach((l, i) => {
    if (i > 0) text.push({ c: '\n', line: l.no });
    for (const c of l.text) text.push({ c, line: l.no });
  });
  const unmatched: Replacement[] = [];
  for (const r of replacements) {
    const done = replaceAll(text, r.from, r.to);
    if (done.count === 0) unmatched.push(r);
    text = done.text;
  }
  const units: SourceUnit[] = [];
  let start = 0;
  const flush = (end: number) => {
    const piece = text.slice(start, end);
    const s = piece.map((x) => x.c).join('');
    const line = piece.find((x) => !/\s/.test(x.c))?.line;
    start = end;
    if (line === undefined || normalise(s) === '') return;
    if (s.includes('\t')) units.push({ text: s, line, kind: 'row', cells: s.split('\t').map((x) => x.trim()) });
    else units.push({ text: s, line, kind: 'sentence' });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!.c;
    if (c === '\n') flush(i + 1);
    else if ('。；;！？'.includes(c) && !(text.slice(start, i).some((x) => x.c === '\t'))) flush(i + 1);
  }
  flush(text.length);
  return { units, unmatched };
}

/** The text of an MDX body as a reader sees it: the site's own notes (<Note>) left out. */
export function bodyText(tree: MdNode): string {
  const walk = (n: MdNode): string => {
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      if (n.name === 'Note') return '';
    }
    if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
    if (n.type === 'break') return '\n';
    const inner = (n.children ?? []).map(walk);
    const block = ['paragraph', 'heading', 'tableRow', 'blockquote', 'listItem', 'root', 'mdxJsxFlowElement'].includes(n.type);
    if (n.type === 'tableCell') return `${inner.join('')} `;
    return block ? `${inner.join(n.type === 'root' ? '\n' : '')}\n` : inner.join('');
  };
  return walk(tree);
}

/** A contact group as the notice page prints it (ContactLine). */
function contactText(c: Contact): string {
  const p = asPrinted(c);
  const phones = contactPhones(p).map((x) => {
    const v = phoneView(x);
    return v.kind === 'fax' ? `${v.printed}（传真）` : v.printed;
  });
  return [p.org ?? '', `联系人：${p.names.join('　')}`, phones.length ? `联系电话：${phones.join('　')}` : '', p.emails.length ? `电子邮箱：${p.emails.join('　')}` : '']
    .filter(Boolean)
    .join('\n');
}

/** A call as attachment 2 of the national notice prints it (SubprojectSection). */
function callText(s: MdxEntry<Subproject>, body: string): string {
  const d = s.data;
  const platforms = d.platforms.map((p) => (p.kind === 'web' ? `${p.label} (${p.url})` : `${p.label}${p.account ? ` “${p.account}”` : ''}`));
  const contacts = d.contacts.map((c) => `${c.org ?? ''}${c.names.join(' ')} ${contactPhones(c).map((x) => phoneView(x).printed).join('；')}${c.emails.map((e) => ` ${e}`).join('')}。`);
  return [`${d.numeral}、${d.title}`, body, `承办单位：${d.organisers.map((o) => o.name).join('、')}`, `平台入口：${platforms.join('、')}`, `联系人：${contacts.join('\n')}`].join('\n');
}

/** An allocation table as printed (AllocationTable): the header, each row, 合计. */
function planRows(plan: Plan, units: ReadonlyMap<string, Unit>): string[] {
  return [
    `序号 单位 ${plan.columns.map((c) => c.label).join(' ')}`,
    ...plan.rows.map((r, i) => `${i + 1} ${units.get(r.unit)?.name ?? r.unit} ${plan.columns.map((c) => r[c.key] ?? '').join(' ')}`),
    `合计 ${plan.columns.map((c) => plan.total[c.key] ?? '').join(' ')}`,
  ];
}

/** What a notice's page shows of it, in two parts: the body as typed, and what comes from data. */
export interface NoticeShown {
  body: string;
  data: string;
  /** Each table row as printed, to compare rows whole. */
  rows: string[];
}

export function noticeShown(n: MdxEntry<Notice>, c: ContentSet, bodyOf: (e: MdxEntry<unknown>) => string | undefined): NoticeShown {
  const d = n.data;
  const units = new Map(c.units.map((u) => [u.id, u.data]));
  const parts: string[] = [...d.letterhead.lines, d.letterhead.suffix ?? '', d.docNumber, d.title];
  parts.push(...d.contacts.map(contactText));
  if (d.attachments.length > 0) parts.push(`附件：${d.attachments.map((a) => `${a.no}. ${a.title}`).join('\n')}`);
  parts.push(...d.signatories, formatChineseDate(d.issuedOn));
  const bodies: string[] = [bodyOf(n) ?? ''];
  const rows: string[] = [];
  for (const a of d.attachments) {
    parts.push(`附件 ${a.no}`, a.title);
    if (a.kind === 'plan') {
      const plan = c.plans.find((p) => p.id === a.plan && p.data.campaign === d.campaign);
      if (plan) rows.push(...planRows(plan.data, units));
    }
    if (a.kind === 'subprojects')
      for (const s of c.subprojects.filter((x) => x.data.campaign === d.campaign && x.data.notice === n.id).sort((x, y) => x.data.order - y.data.order)) {
        const body = bodyOf(s) ?? '';
        bodies.push(body);
        parts.push(callText(s, body));
      }
  }
  if (d.printedBy && d.printedOn) parts.push(`${d.printedBy} ${formatChineseDate(d.printedOn)}印发`);
  return { body: bodies.join('\n'), data: [...parts, ...rows].join('\n'), rows };
}

/** Where a source unit is missing: found, or not there (and, if its words are there, its punctuation differs). */
export type UnitCheck = 'found' | 'missing' | 'punctuation';

/**
 * Whether a sentence or row of the source is shown. A sentence printed as a block of separate
 * words (a letterhead: 中华全国总工会 文件 中央网信办) counts when each word is there; a row of a
 * table printed as two side by side counts when each half is.
 */
export function checkUnit(u: SourceUnit, shown: { all: string; body: string; bodySquashed: string; rows: ReadonlySet<string> }): UnitCheck {
  const n = normalise(u.text);
  if (u.kind === 'row' && shown.rows.has(n)) return 'found';
  if (shown.all.includes(n)) {
    if (u.kind === 'sentence' && shown.body.includes(n) && !shown.bodySquashed.includes(squash(u.text))) return 'punctuation';
    return 'found';
  }
  // Two tables printed side by side (the national allocation table): each half is a whole row.
  if (u.kind === 'row' && u.cells && u.cells.length % 2 === 0 && u.cells.length >= 6) {
    const half = u.cells.length / 2;
    const halves = [u.cells.slice(0, half), u.cells.slice(half)].map((cs) => normalise(cs.join('')));
    if (halves.every((h) => h === '' || shown.rows.has(h))) return 'found';
  }
  if (u.kind === 'sentence' && /\S\s+\S/.test(u.text.trim())) {
    const words = u.text.trim().split(/\s+/).map(normalise).filter(Boolean);
    if (words.every((w) => shown.all.includes(w))) return 'found';
  }
  return 'missing';
}

/**
 * Where a unit most likely stands: the line of the notice's file, or of a call it lists, that has
 * its first or last words; a number or an address not found is a contact's, so the contacts field.
 */
function placeOf(u: SourceUnit, files: readonly MdxEntry<Notice | Subproject>[], fileText: (e: MdxEntry<unknown>) => string): { entry: MdxEntry<Notice | Subproject>; line: number; text?: string; path?: string } {
  const n = normalise(u.text);
  for (const probe of [n.slice(0, 8), n.slice(-8), n.slice(0, 4), n.slice(-4)]) {
    if (probe.length < 4) continue;
    for (const e of files) {
      const lines = fileText(e).split('\n');
      const i = lines.findIndex((l) => normalise(l).includes(probe));
      if (i >= 0) return { entry: e, line: i + 1, text: lines[i]!.trim() };
    }
  }
  const first = files[0]!;
  if (/\d{7}|@/.test(u.text)) {
    const holder = files.find((e) => fileText(e).includes(u.text.replace(/\D+/g, '').slice(0, 4))) ?? first;
    return { entry: holder, line: holder.line(['contacts']) ?? 1, path: 'contacts' };
  }
  return { entry: first, line: 1 };
}

const quoteShort = (s: string, max = 80) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
};

/** The rule: every notice with a source shows every sentence of it; every correction is sound. */
export function officialTextIssues(c: ContentSet, today: string, bodyOf: (e: MdxEntry<unknown>) => string | undefined, fileText: (e: MdxEntry<unknown>) => string): ContentIssue[] {
  const { segments, issues } = sourceSegments(c);
  const notices = new Map(c.notices.map((n) => [`${n.data.campaign} ${n.id}`, n]));
  // Whose source there is, also where a map is wrong (its own messages say so).
  const withSource = new Set([...c.sourceMaps.map((m) => `${m.data.campaign} ${m.data.notice}`), ...c.sources.map((s) => `${s.campaign} ${s.name}`)]);

  for (const e of c.corrections) {
    const k = `${e.data.campaign} ${e.data.notice}`;
    const notice = notices.get(k);
    if (!notice) continue; // an unknown notice is referencesResolve's to say
    if (!withSource.has(k))
      issues.push(issueAt(e, [], '只对有原文（sources/）的通知登记更正', `${e.data.notice} 没有原文：它的文字直接改，不用登记，请删掉这条更正`));
    if (e.data.printed === e.data.corrected) issues.push(issueAt(e, ['corrected'], '更正后的文字，与原文（printed）不同', JSON.stringify(e.data.corrected)));
    if (e.data.on > today) issues.push(issueAt(e, ['on'], `不晚于今天（${today}）`, e.data.on));
    if (e.data.on < notice.data.issuedOn) issues.push(issueAt(e, ['on'], `不早于通知的成文日期 ${notice.data.issuedOn}`, e.data.on));
  }

  for (const seg of segments) {
    const k = `${seg.campaign} ${seg.notice}`;
    const notice = notices.get(k);
    // A notice, a table or a call that could not be read is reported already: its sentences are not missing.
    if (!notice || bodyOf(notice) === undefined) continue;
    const attached = notice.data.attachments;
    if (attached.some((a) => a.kind === 'plan' && c.invalid.has(a.plan))) continue;
    const calls = c.subprojects.filter((s) => s.data.campaign === seg.campaign && s.data.notice === seg.notice);
    if (attached.some((a) => a.kind === 'subprojects') && ([...c.invalid].some((id) => id.startsWith(`${seg.campaign}/`)) || calls.some((s) => bodyOf(s) === undefined))) continue;
    const repairs = c.repairs.filter((r) => r.data.campaign === seg.campaign && r.data.notice === seg.notice);
    const corrections = c.corrections.filter((r) => r.data.campaign === seg.campaign && r.data.notice === seg.notice);
    const { units, unmatched } = sourceUnits(seg, [
      ...repairs.map((r) => ({ from: r.data.found, to: r.data.repaired })),
      ...corrections.map((r) => ({ from: r.data.printed, to: r.data.corrected })),
    ]);
    for (const r of unmatched) {
      const e = corrections.find((x) => x.data.printed === r.from && x.data.corrected === r.to);
      if (e) issues.push(issueAt(e, ['printed'], `原文 ${seg.file} 中的文字（照原文抄，一字不差）`, `${quoteShort(r.from)}，原文中没有`));
      const repair = repairs.find((x) => x.data.found === r.from && x.data.repaired === r.to);
      if (repair) issues.push(issueAt(repair, ['found'], `原文 ${seg.file} 中提取出错的文字（照原文抄，换行写作 \\n）`, `${quoteShort(r.from)}，原文中没有`));
    }
    const shown = noticeShown(notice, c, bodyOf);
    const view = { all: normalise(`${shown.body}\n${shown.data}`), body: normalise(shown.body), bodySquashed: squash(shown.body), rows: new Set(shown.rows.map(normalise)) };
    const files = [notice, ...(attached.some((a) => a.kind === 'subprojects') ? calls : [])];
    const record = '在本文件的 corrections 里登记更正（见 CONTRIBUTING.md 第八部分）';
    for (const u of units) {
      const result = checkUnit(u, view);
      if (result === 'found') continue;
      const table = u.kind === 'row' ? c.plans.find((p) => p.data.campaign === seg.campaign && attached.some((a) => a.kind === 'plan' && a.plan === p.id)) : undefined;
      if (table) {
        issues.push(
          issueAt(
            table,
            ['rows'],
            `与原文一致：${quoteShort(u.text)}（${seg.file} 第 ${u.line} 行）`,
            `分配表里没有这一行，或者改动了（数字在本文件，单位名称是 content/units/ 里的 name）。请照原文改回；原文本身印错了，${record}`,
          ),
        );
        continue;
      }
      const where = placeOf(u, files, fileText);
      const now = where.text ? `；第 ${where.line} 行现在是 ${quoteShort(where.text, 60)}` : '';
      issues.push({
        file: where.entry.file,
        line: where.line,
        path: where.path ?? '',
        expected: `与原文一致：${quoteShort(u.text)}（${seg.file} 第 ${u.line} 行）`,
        found:
          result === 'punctuation'
            ? `标点与原文不同${now}。请照原文改回；原文本身印错了，${record}`
            : `通知里没有这句话，或者改动了${now}。请照原文改回；原文本身印错了（如电话号码），${record}：原文印的是什么、应为什么、原因、登记人和日期`,
      });
    }
  }
  return issues;
}

/** Corrections of a notice, and of the calls it lists (their text is its attachment). */
export function correctionsOf(corrections: readonly { data: RecordedCorrection & { campaign: string } }[], campaign: string, notice: string): Correction[] {
  return corrections.filter((c) => c.data.campaign === campaign && c.data.notice === notice).map((c) => c.data);
}

/** A text cut where corrected words stand: the words as printed, with the correction beside them. */
export type Marked = string | { printed: string; corrected: string };

export function markCorrections(text: string, corrections: readonly Pick<Correction, 'printed' | 'corrected'>[]): Marked[] {
  let out: Marked[] = [text];
  for (const c of corrections) {
    out = out.flatMap((piece) => {
      if (typeof piece !== 'string' || !piece.includes(c.corrected)) return [piece];
      const bits = piece.split(c.corrected);
      return bits.flatMap((b, i) => (i === 0 ? [b] : [{ printed: c.printed, corrected: c.corrected }, b])).filter((x) => x !== '');
    });
  }
  return out;
}
