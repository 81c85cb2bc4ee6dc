// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { Document, isScalar, parse as parseYaml, visit } from 'yaml';
import type { FieldShape } from './shape';

/**
 * The files as the CMS reads and writes them. Decap CMS's own writers rebuild a file from its
 * fields: JSON without a final newline, front matter with quotes dropped, keys of objects larger
 * than eight in no fixed order (Immutable's map), a cleared field as "". These formats are
 * registered in /admin/ (CMS.registerCustomFormat) in their place, and they are the repository's
 * format: every file the CMS edits is written as `write(read(file))`, so opening and saving a file
 * unchanged leaves it byte for byte (tests/unit/cms-formats.test.ts runs it over content/).
 *
 * The rules: keys in the schema's order at every level (keys the schema does not name follow, as
 * they were, for the check to name); a field left empty ("", or a list item left "") is left out,
 * and a field that must be there but may be null is written null; JSON is `JSON.stringify` with
 * two spaces and a final newline; front matter is YAML with every string in double quotes, lists
 * of words and numbers on one line (`["a", "b"]`), then `---`, one blank line, the body as typed
 * with one final newline.
 */

/** The key a file that is a list (units, timeline, vocabulary) is edited under. */
export const LIST_KEY = 'items';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A file that is not there yet (a year's first record.json) is read as empty, not as an error. */
const parseJson = (text: string, empty: unknown): unknown => (text.trim() ? JSON.parse(text) : empty);

const isEmpty = (v: unknown) => v === '' || v === undefined;

function tidyValue(value: unknown, shape: FieldShape | undefined): Json | undefined {
  if (isEmpty(value)) return undefined;
  if (value === null || typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) {
    const item = shape?.kind === 'list' ? shape.of : undefined;
    const out: Json[] = [];
    for (const v of value) {
      if (shape?.kind === 'variants' && v && typeof v === 'object' && !Array.isArray(v)) {
        const variant = shape.variants.find((x) => x.value === (v as Record<string, unknown>)[shape.key]);
        const keyShape: FieldShape = { kind: 'string', name: shape.key, required: true, nullable: false };
        // The kind's key is written where the schema lists it: after the fields all kinds share.
        const fields = variant ? variant.fields : [keyShape];
        const tidied = tidyObject(v as Record<string, unknown>, fields);
        out.push(tidied);
        continue;
      }
      const t = tidyValue(v, item);
      if (t !== undefined) out.push(t);
    }
    return out;
  }
  const fields = shape?.kind === 'object' ? shape.fields : undefined;
  return tidyObject(value as Record<string, unknown>, fields);
}

function tidyObject(value: Record<string, unknown>, fields: readonly FieldShape[] | undefined): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  const known = new Set<string>();
  for (const f of fields ?? []) {
    known.add(f.name);
    if (!(f.name in value)) continue;
    const t = tidyValue(value[f.name], f);
    if (t !== undefined) out[f.name] = t;
    else if (f.required && f.nullable) out[f.name] = null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (known.has(k)) continue;
    const t = tidyValue(v, undefined);
    if (t !== undefined) out[k] = t;
  }
  return out;
}

/** The data as it is written: schema order, empty fields out, the form's own fields (`transient`) dropped. */
export function tidy(data: Record<string, unknown>, fields: readonly FieldShape[], transient: readonly string[] = []): { [key: string]: Json } {
  const kept = Object.fromEntries(Object.entries(data).filter(([k]) => !transient.includes(k)));
  return tidyObject(kept, fields);
}

export interface FileFormat {
  /** The file's text → what the form edits. */
  read(text: string): Record<string, unknown>;
  /** What the form holds → the file's text. */
  write(data: Record<string, unknown>): string;
  /** A JSON file's value, parsed already (the content check has), → what the form edits: read() without parsing again. */
  fromJson?(value: unknown): Record<string, unknown>;
}

/** A JSON file holding one object (campaign.json, a plan, a progress report). */
export function jsonFormat(fields: readonly FieldShape[], transient: readonly string[] = []): FileFormat {
  return {
    read: (text) => parseJson(text, {}) as Record<string, unknown>,
    fromJson: (value) => value as Record<string, unknown>,
    write: (data) => `${JSON.stringify(tidy(data, fields, transient), null, 2)}\n`,
  };
}

/** A JSON file holding a list (units, timeline, vocabulary): edited as `{items: [...]}`. */
export function jsonListFormat(item: readonly FieldShape[]): FileFormat {
  const list: FieldShape = { kind: 'list', name: LIST_KEY, required: true, nullable: false, of: { kind: 'object', name: 'item', required: true, nullable: false, fields: [...item] } };
  return {
    read: (text) => ({ [LIST_KEY]: parseJson(text, []) }),
    fromJson: (value) => ({ [LIST_KEY]: value }),
    write: (data) => `${JSON.stringify(tidyValue(data[LIST_KEY] ?? [], list), null, 2)}\n`,
  };
}

export const BODY_KEY = 'body';
const FRONT = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The YAML of front matter: strings in double quotes, lists of plain values on one line. */
export function frontMatterYaml(data: { [key: string]: Json }): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(key, node) {
      // Keys stay plain (`title:`); values are quoted, so a date or a 文号 is never read as anything but text.
      if (key !== 'key' && typeof node.value === 'string') node.type = 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_key, node) {
      if (node.items.length === 0) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}

/** An MDX file: YAML front matter (the fields) and the body (the official text, as typed). */
export function mdxFormat(fields: readonly FieldShape[], transient: readonly string[] = []): FileFormat {
  return {
    read(text) {
      const m = FRONT.exec(text);
      if (!m) return { [BODY_KEY]: text };
      const front = (parseYaml(m[1] ?? '') ?? {}) as Record<string, unknown>;
      const body = text.slice(m[0].length).replace(/^(?:[ \t]*\r?\n)+/, '');
      return { ...front, [BODY_KEY]: body };
    },
    write(data) {
      const { [BODY_KEY]: body, ...front } = data;
      const yamlText = frontMatterYaml(tidy(front, fields, transient));
      const text = typeof body === 'string' ? body.replace(/\s+$/, '') : '';
      return `---\n${yamlText}---\n${text ? `\n${text}\n` : ''}`;
    },
  };
}
