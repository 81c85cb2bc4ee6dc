// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { ZodTypeAny } from 'zod';
import {
  callResultsSchema,
  campaignSchema,
  noticeSchema,
  planSchema,
  progressSchema,
  subprojectSchema,
  timelineEntrySchema,
  unitSchema,
  vocabularyEntrySchema,
  yearRecordSchema,
} from '../../schemas';
import type { FileKind } from '../content/layout';
import { jsonFormat, jsonListFormat, mdxFormat, type FileFormat } from './formats';
import { objectFields, type FieldShape } from './shape';

/**
 * The kinds of content file the CMS edits, each with its schema, its fields and its format. Sources,
 * their line maps and repairs are not edited in the CMS: they record the notices as extracted.
 */
export type EditedKind = Extract<
  FileKind,
  'campaign' | 'notice' | 'plan' | 'timeline' | 'subproject' | 'units' | 'progress' | 'vocabulary' | 'results' | 'record'
>;

export interface EditedFile {
  kind: EditedKind;
  /** The schema of one item: the whole file, or one entry of a file that is a list. */
  schema: ZodTypeAny;
  fields: FieldShape[];
  /** The file is a JSON list, edited as `{items: [...]}` (formats.ts, LIST_KEY). */
  list: boolean;
  body: boolean;
  format: FileFormat;
}

function edited(kind: EditedKind, schema: ZodTypeAny & { shape: object }, how: 'json' | 'list' | 'mdx'): EditedFile {
  const fields = objectFields(schema as never);
  // The form's own fields, never written: the new file's name, and where Decap takes a report's file name from.
  const transient = kind === 'progress' ? ['fileName', 'title'] : ['fileName'];
  const format = how === 'json' ? jsonFormat(fields, transient) : how === 'list' ? jsonListFormat(fields) : mdxFormat(fields, transient);
  return { kind, schema, fields, list: how === 'list', body: how === 'mdx', format };
}

export const EDITED_FILES: Record<EditedKind, EditedFile> = {
  campaign: edited('campaign', campaignSchema, 'json'),
  notice: edited('notice', noticeSchema, 'mdx'),
  plan: edited('plan', planSchema, 'json'),
  timeline: edited('timeline', timelineEntrySchema, 'list'),
  subproject: edited('subproject', subprojectSchema, 'mdx'),
  units: edited('units', unitSchema, 'list'),
  progress: edited('progress', progressSchema, 'json'),
  vocabulary: edited('vocabulary', vocabularyEntrySchema, 'list'),
  results: edited('results', callResultsSchema, 'json'),
  record: edited('record', yearRecordSchema, 'json'),
};

export const isEdited = (kind: FileKind): kind is EditedKind => kind in EDITED_FILES;

/**
 * Every kind of content file, edited in /admin/ or not and why: a kind added to layout.ts fails the
 * type check here until it is given a form (EDITED_FILES) or a reason.
 */
export const NOT_EDITED: Record<Exclude<FileKind, EditedKind>, string> = {
  source: 'the notices as extracted: never edited',
  sourceMap: 'which lines of a source are which notice: set once with the source',
  repairs: 'extraction artefacts, recorded with the source',
  readme: 'documentation',
};
