import { resolve } from 'node:path';
import { loadValidContent } from '../content';
import { correctionsOf, markCorrections } from '../content/official-text';
import type { Correction } from '../../schemas';

/**
 * The notice's text as printed, with each recorded correction beside the words it corrects: where
 * a body (a notice's, or a call's that a notice lists) holds corrected words, they are shown as the
 * notice printed them, followed by “（更正为 …）”. Which corrections apply is known from the file.
 */

interface Node {
  type: string;
  value?: string;
  name?: string;
  attributes?: { type: string; name: string; value: string }[];
  children?: Node[];
}

let cache: { content: object; byFile: Map<string, Correction[]> } | undefined;

function correctionsByFile(): Map<string, Correction[]> {
  const content = loadValidContent();
  if (cache?.content === content) return cache.byFile;
  const byFile = new Map<string, Correction[]>();
  for (const n of content.notices) byFile.set(resolve(n.path), correctionsOf(content.corrections, n.data.campaign, n.id));
  for (const s of content.subprojects) byFile.set(resolve(s.path), correctionsOf(content.corrections, s.data.campaign, s.data.notice));
  cache = { content, byFile };
  return byFile;
}

const span = (cls: string, children: Node[]): Node => ({
  type: 'mdxJsxTextElement',
  name: 'span',
  attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: cls }],
  children,
});

function mark(node: Node, corrections: Correction[]): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type !== 'text' || !child.value) {
      mark(child, corrections);
      return [child];
    }
    return markCorrections(child.value, corrections).map((p) =>
      typeof p === 'string'
        ? { type: 'text', value: p }
        : span('correction', [{ type: 'text', value: p.printed }, span('correction-note site-note', [{ type: 'text', value: `（更正为 ${p.corrected}）` }])]),
    );
  });
}

export default function remarkCorrections() {
  return (tree: Node, file: { path?: string }) => {
    if (!file.path) return;
    const corrections = correctionsByFile().get(resolve(file.path));
    if (corrections && corrections.length > 0) mark(tree, corrections);
  };
}
