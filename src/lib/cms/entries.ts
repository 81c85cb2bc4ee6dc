// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { noticeIdFor } from '../content/file-names';
import type { EditedKind } from './files';
import { FILE_NAME_KEY, NESTED_NAME_KEY } from './config';
import { LIST_KEY } from './formats';

type Data = Record<string, unknown>;

const first = (data: Data): Data | undefined => {
  const items = data[LIST_KEY];
  return Array.isArray(items) && items[0] && typeof items[0] === 'object' ? (items[0] as Data) : undefined;
};
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The name a new file gets by the project's rules, where the form leaves it to the data: a notice
 * from its 文号 (泉港工〔2019〕14号 → qgg-2019-14, file-names.ts), a table from its notice, a
 * timeline file from its first entry's notice, a units file from its first unit's parent
 * (fujian/quanzhou → fujian-quanzhou). Undefined where the staff must name it (a call, a word list).
 */
export function suggestedFileName(kind: EditedKind, data: Data): string | undefined {
  switch (kind) {
    case 'notice': {
      const doc = str(data.docNumber);
      return doc ? noticeIdFor(doc) : undefined;
    }
    case 'plan':
      return str(data.notice);
    case 'timeline':
      return str(first(data)?.notice);
    case 'units': {
      const unit = first(data);
      return str(unit?.parent)?.replace(/\//g, '-') ?? str(unit?.id)?.replace(/\//g, '-');
    }
    default:
      return undefined;
  }
}

/**
 * What /admin/ does to an entry before it is saved (Decap's preSave event): fills in the file's
 * name where it is left empty, and for a progress report puts the unit chosen as its folder into
 * the report and its date where Decap takes a new file's name from, so the report lands at
 * progress/<unit>/<date>.json for any unit. Only new files are named; a file keeps its name.
 */
export function beforeSave(kind: EditedKind, data: Data, metaPath?: string): Data {
  const out: Data = { ...data };
  if (kind === 'progress') {
    if (str(metaPath)) out.unit = str(metaPath);
    out[NESTED_NAME_KEY] = str(data.asOf);
    return out;
  }
  if (!str(out[FILE_NAME_KEY])) {
    const name = suggestedFileName(kind, data);
    if (name) out[FILE_NAME_KEY] = name;
  }
  return out;
}
