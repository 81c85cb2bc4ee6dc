import type { ContentIssue } from './issues';
import { bodyAnchors, parseMdxBody } from './mdx';
import { issueAt, type Rule } from './rules';

/**
 * Rules about the MDX bodies of notices and calls. They parse the bodies (src/lib/content/mdx.ts),
 * so they run in the build and in `npm run check` only, never in the browser.
 */

/**
 * A reference to a paragraph of a notice (a timeline entry's `anchor`) names one the notice's page
 * has: a numbered paragraph of its text (二, 三-1) or an attachment (附件1).
 */
export const anchorsExist: Rule = (c) => {
  const out: ContentIssue[] = [];
  const anchors = new Map<string, string[] | undefined>();
  const of = (id: string) => {
    if (!anchors.has(id)) {
      const e = c.notices.find((n) => n.id === id);
      let list: string[] | undefined;
      if (e) {
        try {
          list = [...bodyAnchors(parseMdxBody(e.body)), ...e.data.attachments.map((a) => `附件${a.no}`)];
        } catch {
          list = undefined; // a body that does not parse is reported by the body checks
        }
      }
      anchors.set(id, list);
    }
    return anchors.get(id);
  };
  for (const e of c.timeline) {
    const { anchor, notice } = e.data;
    if (!anchor) continue;
    const list = of(notice);
    if (list && !list.includes(anchor))
      out.push(issueAt(e, ['anchor'], `通知 ${notice} 中有的段落编号：${list.join('、')}`, `${JSON.stringify(anchor)}，通知中没有这个段落`));
  }
  return out;
};

/** MDX may import only the project's content components, so a pull request cannot run other code. */
export const ALLOWED_IMPORT = /^(?:\.\.\/)+src\/components\/content\/[A-Za-z0-9]+\.astro$|^@content-components\/[A-Za-z0-9]+\.astro$/;
export const mdxImportsContained: Rule = (c) => {
  const out: ContentIssue[] = [];
  for (const e of [...c.notices, ...c.subprojects]) {
    e.body.split('\n').forEach((lineText, i) => {
      const m = /^\s*(import|export)\b(.*)$/.exec(lineText);
      if (!m) return;
      const from = /from\s+['"]([^'"]+)['"]/.exec(m[2] ?? '')?.[1] ?? /^\s*['"]([^'"]+)['"]/.exec(m[2] ?? '')?.[1];
      if (m[1] === 'import' && from && ALLOWED_IMPORT.test(from)) return;
      out.push({
        file: e.file,
        line: e.bodyLine + i,
        path: '正文',
        expected: m[1] === 'export' ? '正文中不使用 export' : '只从 src/components/content/ 引入内容组件',
        found: lineText.trim(),
      });
    });
  }
  return out;
};

/** By the names issues carry (ContentIssue.rule). */
export const BODY_RULES = { anchorsExist, mdxImportsContained } satisfies Record<string, Rule>;
