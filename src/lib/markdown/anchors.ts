/**
 * Stable anchors for the paragraphs of an official text, taken from its own numbering, so
 * staff can link "#二" or "#三-1" and the link survives edits elsewhere in the text.
 */

const SECTION = /^([一二三四五六七八九十]+)、/;
const SUBSECTION = /^\s*[（(]([一二三四五六七八九十]+)[)）]/;
// "2.9月" is item 2 (a page-break artifact of "2. 9月"); "1.5万名" is a number, not an item.
const ITEM = /^(\d+)\s*[.．、](?!\d+[^\d月])/;
const STAGE = /^(第[一二三四五六七八九十]+阶段)/;

export interface AnchorState {
  section?: string;
  used: Set<string>;
}

export function newAnchorState(): AnchorState {
  return { used: new Set() };
}

/**
 * The anchor for a block whose text starts as given, or undefined when it is not numbered.
 * Top-level sections (一、) reset the context for the items below them.
 */
export function anchorFor(text: string, state: AnchorState): string | undefined {
  const t = text.trimStart();
  let id: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = SECTION.exec(t))) {
    state.section = m[1];
    id = m[1];
  } else if ((m = SUBSECTION.exec(t))) {
    id = state.section ? `${state.section}-${m[1]}` : m[1];
  } else if ((m = ITEM.exec(t))) {
    id = state.section ? `${state.section}-${m[1]}` : m[1];
  } else if ((m = STAGE.exec(t))) {
    id = state.section ? `${state.section}-${m[1]}` : m[1];
  }
  if (!id) return undefined;
  // Keep anchors unique even if a text numbers two items alike.
  let unique = id;
  for (let n = 2; state.used.has(unique); n++) unique = `${id}-${n}`;
  state.used.add(unique);
  return unique;
}
