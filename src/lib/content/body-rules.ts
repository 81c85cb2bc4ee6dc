import { readFileSync } from 'node:fs';
import { paths } from '../addresses';
import type { ContentIssue } from './issues';
import type { ContentSet, MdxEntry } from './load';
import { bodyAnchors, parseMdxBody, type MdNode } from './mdx';
import { bodyText, officialTextIssues } from './official-text';
import { issueAt, type RuleContext } from './rules';

/**
 * Rules about the MDX bodies of notices and calls. They parse the bodies (src/lib/content/mdx.ts),
 * so they run in the build and in `npm run check` only, never in the browser.
 *
 * A body arrives in a pull request, from anyone: it is untrusted input that the build would compile
 * into JavaScript and run. So a body may hold only text, Markdown, the content components and a few
 * harmless HTML tags, checked on the syntax tree the build itself would compile: no `{…}`, no
 * import or export, no attribute written as an expression, no `on…` handler, no address that is not
 * http, https, mailto, tel or inside the site. The build runs these rules before Astro compiles any
 * body (src/integrations/content-gate.ts), so it never runs content. See docs/content-safety.md.
 */

export interface BodyRuleContext extends RuleContext {
  /** Names of the content components (src/lib/content/components.ts). */
  components: readonly string[];
}

export type BodyRule = (content: ContentSet, ctx: BodyRuleContext) => ContentIssue[];

/** HTML tags a body may use, each with the attributes it may carry (besides title, lang, dir). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  br: [],
  caption: [],
  del: [],
  em: [],
  i: [],
  ins: [],
  mark: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  tr: [],
  u: [],
};
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** Attributes whose value is an address, on a tag or a component. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'ping']);
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Deeper than any text needs; the check stops descending there. */
const MAX_DEPTH = 40;

const SAFE_URL_EXPECTED = '以 http://、https://、mailto: 或 tel: 开头的地址，或站内地址（/…、#…）';

/** Why an address may not appear in a page, or undefined when it may. */
export function unsafeUrl(url: string): string | undefined {
  // Browsers drop control characters and spaces around an address and tabs and newlines inside it,
  // so "java\tscript:" is "javascript:" to them: look at it the same way.
  const u = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (/^[\\/][\\/]/.test(u)) return '请写完整的 https:// 网址';
  const scheme = /^([^/?#\\]*?):/.exec(u)?.[1];
  if (scheme === undefined || SAFE_SCHEMES.includes(scheme.toLowerCase())) return undefined;
  return `${scheme}: 地址不能用`;
}

/** The body's syntax tree, or why it cannot be read; parsed once per entry. */
type ParsedBody = { tree: MdNode } | { fault: { line: number; expected: string } };
const parsedBodies = new WeakMap<MdxEntry<unknown>, ParsedBody>();

/** What a parser error means, said by where it came from (its source and rule id), never its English. */
function explainParseError(err: { source?: string; ruleId?: string }): string {
  if (err.source === 'micromark-extension-mdx-expression')
    return '花括号 { } 成对、且正文中不写 {…}（要写花括号本身，请写成 \\{ 和 \\}）';
  if (err.source === 'micromark-extension-mdxjs-esm') return '正文中不写 import 或 export';
  if (err.ruleId === 'end-tag-mismatch' || err.source === 'mdast-util-mdx-jsx')
    return '标签成对：<span>…</span>；单独的标签写成 <br />';
  if (err.source === 'micromark-extension-mdx-jsx')
    return '写完整的标签，如 <Note>…</Note>（要写小于号本身，请写成 \\<；链接写成 [文字](https://…)；不能用 <!-- 注释 -->）';
  return '可以读懂的正文（检查 < 和 { 是否要写成 \\< 和 \\{）';
}

function parseBody(e: MdxEntry<unknown>): ParsedBody {
  let p = parsedBodies.get(e);
  if (p) return p;
  try {
    p = { tree: parseMdxBody(e.body) };
  } catch (err) {
    const m = (err ?? {}) as { line?: number; source?: string; ruleId?: string; reason?: string; message?: string };
    // Some errors give their place only as "(3:1-3:6)" at the end of the reason.
    const line = m.line ?? Number(/\((\d+):\d+-\d+:\d+\)/.exec(String(m.reason ?? m.message ?? ''))?.[1] ?? 1);
    p = { fault: { line, expected: explainParseError(m) } };
  }
  parsedBodies.set(e, p);
  return p;
}

const short = (s: string, max = 60) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** Every node of a tree with its depth, without recursion (a hostile body may nest thousands deep). */
function* walk(tree: MdNode): Generator<{ node: MdNode; depth: number }> {
  const stack: { node: MdNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    yield item;
    if (item.depth >= MAX_DEPTH) continue;
    const children = item.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: item.depth + 1 });
  }
}

/** The problems of one body, each with its line in the body. */
function bodyProblems(tree: MdNode, body: string, components: readonly string[]): { line: number; expected: string; found: string }[] {
  const out: { line: number; expected: string; found: string }[] = [];
  const lines = body.split('\n');
  const componentList = components.length > 0 ? components.map((c) => `<${c}>`).join('、') : '（src/components/content/ 中没有组件）';
  const example = components[0] ? `<${components[0]}>…</${components[0]}>` : '<组件名>…</组件名>';
  let tooDeep = false;
  for (const { node, depth } of walk(tree)) {
    const line = node.position?.start.line ?? 1;
    const add = (expected: string, found: string, at = line) => out.push({ line: at, expected, found });
    if (depth >= MAX_DEPTH) {
      if (!tooDeep) add(`嵌套不超过 ${MAX_DEPTH} 层`, '标签或引用嵌套太深');
      tooDeep = true;
      continue;
    }
    switch (node.type) {
      case 'mdxjsEsm': {
        // One node may hold several statements; each import or export line is named.
        const statements = (node.value ?? '').split('\n').map((text, i) => ({ text, at: line + i }));
        const named = statements.filter((s) => /^\s*(import|export)\b/.test(s.text));
        for (const s of named.length > 0 ? named : statements.slice(0, 1))
          if (/^\s*export\b/.test(s.text)) add('正文中不使用 export', s.text.trim(), s.at);
          else add(`不需要 import：内容组件可以直接写 ${example}`, s.text.trim(), s.at);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add('正文中不写 {…}：花括号里的内容会被当作程序运行（要写花括号本身，请写成 \\{ 和 \\}）', short(`{${node.value ?? ''}}`));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const isComponent = /^[A-Z]/.test(name);
        if (name === '') add(`内容组件 ${componentList} 或 HTML 标签 <span> 等`, '<>…</>');
        else if (isComponent && !components.includes(name)) add(`已有的内容组件：${componentList}`, `<${name}>，没有这个组件`);
        else if (!isComponent && !Object.hasOwn(ALLOWED_ELEMENTS, name))
          add(`正文中可用的 HTML 标签只有 ${Object.keys(ALLOWED_ELEMENTS).join('、')}`, `<${name}>，正文中不能使用这个标签`);
        for (const attr of node.attributes ?? []) {
          const at = attr.position?.start.line ?? line;
          const attrName = attr.name ?? '';
          if (attr.type === 'mdxJsxExpressionAttribute') {
            add('属性写成 名称="文字"，不写 {…}', short(`<${name} {${attr.value ?? ''}}>`), at);
            continue;
          }
          if (/^on/i.test(attrName)) {
            add('不使用 on 开头的属性（事件处理会运行程序）', `<${name} ${attrName}>`, at);
            continue;
          }
          const value = (attr as { value?: unknown }).value;
          if (value !== null && typeof value === 'object') {
            add('属性值写在引号里，如 title="…"，不写 {…}', short(`${attrName}={${(value as { value?: string }).value ?? ''}}`), at);
            continue;
          }
          // Astro reads names with a colon as directives (client:load, set:html): a component gets plain props only.
          if (isComponent && !/^[A-Za-z][A-Za-z0-9]*$/.test(attrName)) {
            add('内容组件的属性写成 名称="文字"（不用带冒号的指令）', `${attrName}，不能使用这个属性`, at);
            continue;
          }
          if (!isComponent && Object.hasOwn(ALLOWED_ELEMENTS, name) && ![...GLOBAL_ATTRIBUTES, ...(ALLOWED_ELEMENTS[name] ?? [])].includes(attrName)) {
            add(`<${name}> 可用的属性：${[...(ALLOWED_ELEMENTS[name] ?? []), ...GLOBAL_ATTRIBUTES].join('、')}`, `${attrName}，不能使用这个属性`, at);
            continue;
          }
          if (typeof value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase())) {
            const why = unsafeUrl(value);
            if (why) add(SAFE_URL_EXPECTED, `${short(value)}（${why}）`, at);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const why = unsafeUrl(node.url ?? '');
        if (why) add(SAFE_URL_EXPECTED, `${short(node.url ?? '')}（${why}）`);
        break;
      }
      case 'html':
        add('正文中不写 HTML 注释或原始 HTML', short(node.value ?? ''));
        break;
    }
  }
  // A problem's line must exist in the body (a parser may point one past the end).
  return out.map((p) => ({ ...p, line: Math.min(Math.max(p.line, 1), lines.length) }));
}

const bodyIssue = (e: MdxEntry<unknown>, line: number, expected: string, found: string): ContentIssue => ({
  file: e.file,
  line: e.bodyLine + line - 1,
  path: '正文',
  expected,
  found,
});

/** A body is text, Markdown, the content components and a few HTML tags: nothing that runs. */
export const bodiesSafe: BodyRule = (c, ctx) => {
  const out: ContentIssue[] = [];
  for (const e of [...c.notices, ...c.subprojects] as MdxEntry<unknown>[]) {
    const p = parseBody(e);
    if ('fault' in p) {
      const lines = e.body.split('\n');
      const line = Math.min(Math.max(p.fault.line, 1), lines.length);
      out.push(bodyIssue(e, line, p.fault.expected, `无法读取这一行：${short(lines[line - 1] ?? '') || '（空行）'}`));
      continue;
    }
    for (const problem of bodyProblems(p.tree, e.body, ctx.components)) out.push(bodyIssue(e, problem.line, problem.expected, problem.found));
  }
  return out;
};

/** The anchors a notice's page has: its numbered paragraphs (二, 三-1) and attachments (附件1). */
function noticeAnchors(c: ContentSet): (id: string) => string[] | undefined {
  const anchors = new Map<string, string[] | undefined>();
  return (id) => {
    if (!anchors.has(id)) {
      const e = c.notices.find((n) => n.id === id);
      const p = e && parseBody(e as MdxEntry<unknown>);
      // A body that does not parse is reported by bodiesSafe; its anchors are unknown.
      anchors.set(id, e && p && 'tree' in p ? [...bodyAnchors(p.tree), ...e.data.attachments.map((a) => `附件${a.no}`)] : undefined);
    }
    return anchors.get(id);
  };
}

/**
 * A reference to a paragraph of a notice (a timeline entry's `anchor`) names one the notice's page
 * has: a numbered paragraph of its text (二, 三-1) or an attachment (附件1).
 */
export const anchorsExist: BodyRule = (c) => {
  const out: ContentIssue[] = [];
  const of = noticeAnchors(c);
  for (const e of c.timeline) {
    const { anchor, notice } = e.data;
    if (!anchor) continue;
    const list = of(notice);
    if (list && !list.includes(anchor))
      out.push(issueAt(e, ['anchor'], `通知 ${notice} 中有的段落编号：${list.join('、')}`, `${JSON.stringify(anchor)}，通知中没有这个段落`));
  }
  for (const e of c.campaigns) {
    const s = e.data.showcase;
    const list = s?.anchor ? of(s.notice) : undefined;
    if (s?.anchor && list && !list.includes(s.anchor))
      out.push(issueAt(e, ['showcase', 'anchor'], `通知 ${s.notice} 中有的段落编号：${list.join('、')}`, `${JSON.stringify(s.anchor)}，通知中没有这个段落`));
  }
  return out;
};

/**
 * The platforms a campaign names for showing its results are the notice's own words: each stands in
 * the notice's text (spaces aside), so a page that quotes them quotes the notice.
 */
export const showcaseInNotice: BodyRule = (c) => {
  const out: ContentIssue[] = [];
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  for (const e of c.campaigns) {
    const s = e.data.showcase;
    const n = s && c.notices.find((x) => x.id === s.notice);
    if (!s || !n) continue;
    const p = parseBody(n);
    if (!('tree' in p)) continue;
    const text = squeeze(bodyText(p.tree));
    s.platforms.forEach((name, i) => {
      if (!text.includes(squeeze(name)))
        out.push(issueAt(e, ['showcase', 'platforms', i], `通知 ${s.notice} 中印的名称，一字不差（照原文抄，含引号）`, `${JSON.stringify(name)}，通知中没有这几个字`));
    });
  }
  return out;
};

/** A notice's address as the site writes it, split around its id: /notices/<id>/#<anchor>. */
const NOTICE_LINK = (() => {
  const [before = '', after = ''] = paths.notice('\u0000').split('\u0000');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^/${esc(before)}([^/?#]+)(?:${esc(after)})?(?:#(.*))?$`);
})();

/** A link in a body to a notice's paragraph (`/notices/<id>/#三`) names a notice and an anchor it has. */
export const bodyLinksResolve: BodyRule = (c) => {
  const out: ContentIssue[] = [];
  const of = noticeAnchors(c);
  const ids = new Set(c.notices.map((n) => n.id));
  for (const e of [...c.notices, ...c.subprojects] as MdxEntry<unknown>[]) {
    const p = parseBody(e);
    if (!('tree' in p)) continue;
    for (const { node } of walk(p.tree)) {
      const href =
        node.type === 'link' || node.type === 'definition'
          ? node.url
          : node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement'
            ? node.attributes?.find((a) => a.name === 'href' && typeof a.value === 'string')?.value
            : undefined;
      const m = typeof href === 'string' ? NOTICE_LINK.exec(href) : null;
      if (!m) continue;
      const line = node.position?.start.line ?? 1;
      const id = m[1] ?? '';
      if (!ids.has(id)) {
        if (!c.invalid.has(id)) out.push(bodyIssue(e, line, `已有的通知编号：${[...ids].sort().join('、')}`, `${href}，没有这个通知`));
        continue;
      }
      if (m[2] === undefined || m[2] === '') continue;
      let anchor = m[2];
      try {
        anchor = decodeURIComponent(anchor);
      } catch {
        // Left as written: it names no anchor, and is reported so below.
      }
      const list = of(id);
      if (list && !list.includes(anchor)) out.push(bodyIssue(e, line, `通知 ${id} 中有的段落编号：${list.join('、')}`, `${href}，通知中没有这个段落`));
    }
  }
  return out;
};

/** Every sentence of a notice's source is on its page, unless a correction records the change (official-text.ts). */
export const officialText: BodyRule = (c, ctx) =>
  officialTextIssues(
    c,
    ctx.today,
    (e) => {
      const p = parseBody(e);
      return 'tree' in p ? bodyText(p.tree) : undefined;
    },
    (e) => readFileSync(e.path, 'utf8'),
  );

export const BODY_RULES: readonly BodyRule[] = [anchorsExist, showcaseInNotice, bodiesSafe, bodyLinksResolve, officialText];
