import { anchorFor, newAnchorState } from './anchors';

/** Minimal hast shapes: enough to walk top-level blocks without a types dependency. */
interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

function textOf(node: HastNode): string {
  if (node.type === 'text') return (node as HastText).value;
  return ((node as { children?: HastNode[] }).children ?? []).map(textOf).join('');
}

/**
 * Gives numbered headings and paragraphs of a text an id from its own numbering
 * (see src/lib/markdown/anchors.ts). Replaces the slug ids Astro would give headings.
 */
export default function rehypeNoticeAnchors() {
  return (tree: { children: HastNode[] }) => {
    const state = newAnchorState();
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const el = node as HastElement;
      if (!/^(h[2-4]|p)$/.test(el.tagName)) continue;
      const id = anchorFor(textOf(el), state);
      if (id) el.properties = { ...el.properties, id };
    }
  };
}
