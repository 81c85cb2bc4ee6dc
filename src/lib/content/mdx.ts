import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { anchorFor, newAnchorState } from '../markdown/anchors';
import remarkOfficialText from '../markdown/remark-official-text';

/**
 * MDX bodies as the build reads them, parsed here without compiling anything: the same parser
 * (remark with MDX and GFM, and the official-text plugin that turns lists and indented code off)
 * that @astrojs/mdx uses, so what the content checks see is what the build would render.
 */

/** The mdast node shapes the checks read (a minimal subset of the mdast types). */
export interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  depth?: number;
  attributes?: MdNode[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkOfficialText);

/** The syntax tree of an MDX body; throws the parser's error (with line and column) on bad syntax. */
export function parseMdxBody(body: string): MdNode {
  return processor.parse(body) as unknown as MdNode;
}

function textOf(node: MdNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The paragraph anchors a body's rendered page has (#二, #三-1), computed as
 * src/lib/markdown/rehype-notice-anchors.ts gives them: top-level paragraphs and headings of
 * depth 2–4, in order, by their own numbering.
 */
export function bodyAnchors(tree: MdNode): string[] {
  const state = newAnchorState();
  const out: string[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'paragraph' && !(node.type === 'heading' && (node.depth ?? 0) >= 2 && (node.depth ?? 0) <= 4)) continue;
    const id = anchorFor(textOf(node), state);
    if (id) out.push(id);
  }
  return out;
}
