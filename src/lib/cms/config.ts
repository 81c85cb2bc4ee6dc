// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { Repository } from '../report/hosts';
import { ADMIN_WORDS, CMS_FIELD_WORDS, CMS_KIND_WORDS, CMS_OPTION_WORDS, MEASURE_WORDS, UNIT_KIND_LABEL, LEVEL_LABEL, type FieldWords } from '../words';
import { EDITED_FILES, type EditedKind } from './files';
import { BODY_KEY, LIST_KEY } from './formats';
import { variantPaths, type FieldShape } from './shape';

/**
 * The Decap CMS configuration of /admin/, built from the schemas (through shape.ts) and the words
 * module: nothing in it is written by hand per field, so a field added to a schema is a field of
 * the form (tests/unit/cms-config.test.ts fails on a schema field without a form field, or the
 * other way round). Each kind of file of a campaign year is a collection of that year; units and
 * the search vocabulary are shared.
 */

/** Fields the form has that the file does not: the body of an MDX file, and the file's name. */
export const FILE_NAME_KEY = 'fileName';
/** A progress report's date, copied where Decap names a new file in a nested collection (files.ts, admin.ts). */
export const NESTED_NAME_KEY = 'title';
/** Decap's field for the folder of an entry in a nested collection: a report's unit. */
export const META_PATH_KEY = 'path';

export type DecapField = Record<string, unknown> & { name: string; widget: string };

export interface CmsSettings {
  /** The campaign years, newest first. */
  years: readonly string[];
  /** Where the content lives (PORTAL_REPO_*); undefined: /admin/ says none is set. */
  repo?: Repository;
  /** decap-server's address for `npm run admin` (the local clone), instead of a git host. */
  localServer?: string;
  /** PORTAL_CMS_APP_ID: the OAuth application's id on GitLab, Gitea or Forgejo (PKCE login). */
  appId?: string;
  /** PORTAL_CMS_AUTH_URL: the OAuth proxy GitHub login needs. */
  authUrl?: string;
  /** PORTAL_CMS_BRANCH: on Gitea, the branch saves go to (Decap has no editorial workflow there). */
  giteaBranch?: string;
  /** The site's address, for “view on the site” links. */
  siteUrl?: string;
}

const collectionName = (kind: EditedKind, year?: string) => (year ? `${kind}-${year}` : kind);

/** The words of a field: `<kind>.<path>`, `<path>`, the path without a list item's kind, the name. */
export function fieldWords(kind: EditedKind, path: string, variants: readonly string[] = variantPaths(EDITED_FILES[kind].fields)): FieldWords | undefined {
  const parts = path.split('.');
  const plain = parts.filter((p, i) => !(i > 0 && variants.includes(`${parts.slice(0, i).join('.')}.${p}`))).join('.');
  const name = parts.at(-1)!;
  for (const key of [`${kind}.${path}`, path, `${kind}.${plain}`, plain, name]) {
    const w = CMS_FIELD_WORDS[key];
    if (w) return w;
  }
  return undefined;
}

interface Context {
  kind: EditedKind;
  year?: string;
  /** Paths of a variant list's kinds (`attachments.plan`), which the words skip. */
  variants: string[];
}

const MEASURE_LABEL: Record<string, string> = Object.fromEntries(Object.entries(MEASURE_WORDS).map(([k, w]) => [k, w.box]));
const SELECT_WORDS: Record<string, Record<string, string>> = {
  level: LEVEL_LABEL,
  kind: UNIT_KIND_LABEL,
  key: Object.fromEntries(Object.entries(MEASURE_WORDS).map(([k, w]) => [k, w.noun])),
};

function optionsFor(ctx: Context, path: string, name: string, options: readonly string[]) {
  const words = CMS_OPTION_WORDS[`${ctx.kind}.${path}`] ?? (ctx.kind === 'units' || name !== 'kind' ? SELECT_WORDS[name] : undefined);
  return options.map((value) => ({ label: words?.[value] ? `${words[value]}` : value, value }));
}

/** A relation to the notices, the tables or the units, for a field that names one by its id. */
function reference(ctx: Context, f: FieldShape): Record<string, unknown> | undefined {
  if (f.kind !== 'string') return undefined;
  if (f.of === 'unit' && f.name !== 'id')
    return {
      widget: 'relation',
      collection: 'units',
      value_field: `${LIST_KEY}.*.id`,
      search_fields: [`${LIST_KEY}.*.name`, `${LIST_KEY}.*.standardName`, `${LIST_KEY}.*.id`],
      display_fields: [`${LIST_KEY}.*.name`],
      options_length: 50,
    };
  if (f.of === 'slug' && ctx.year && ['notice', 'implements', 'rootNotice'].includes(f.name))
    return {
      widget: 'relation',
      collection: collectionName('notice', ctx.year),
      value_field: '{{slug}}',
      search_fields: ['docNumber', 'shortTitle', 'title'],
      display_fields: ['docNumber', 'shortTitle'],
    };
  if (f.of === 'slug' && ctx.year && f.name === 'plan')
    return { widget: 'relation', collection: collectionName('plan', ctx.year), value_field: '{{slug}}', search_fields: ['notice'], display_fields: ['{{slug}}'] };
  return undefined;
}

const LONG_TEXT = new Set(['summary', 'planNote', 'detail', 'reason', 'printed', 'corrected', 'title', 'note', 'source']);

function field(ctx: Context, f: FieldShape, path: string): DecapField {
  const words = fieldWords(ctx.kind, path, ctx.variants);
  const common: Record<string, unknown> & { name: string } = {
    name: f.name,
    label: words?.label ?? f.name,
    ...(words?.hint ? { hint: words.hint } : {}),
    required: f.required && !f.nullable,
  };
  if (f.name === 'campaign') return { ...common, widget: 'hidden', required: false };
  const ref = reference(ctx, f);
  if (ref) return { ...common, ...ref } as DecapField;
  switch (f.kind) {
    case 'string':
      if (f.of === 'date') return { ...common, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
      return { ...common, widget: LONG_TEXT.has(f.name) && !(ctx.kind === 'timeline' && f.name === 'title') ? 'text' : 'string' };
    case 'integer':
    case 'number':
      return {
        ...common,
        ...(MEASURE_LABEL[f.name] && !words?.label.includes('（') ? { label: MEASURE_LABEL[f.name] } : {}),
        widget: 'number',
        value_type: f.kind === 'integer' ? 'int' : 'float',
        min: 0,
      };
    case 'boolean':
      return { ...common, widget: 'boolean' };
    case 'enum':
      return { ...common, widget: 'select', options: optionsFor(ctx, path, f.name, f.options) };
    case 'object':
      return { ...common, widget: 'object', collapsed: false, fields: f.fields.map((c) => field(ctx, c, `${path}.${c.name}`)) };
    case 'list':
      if (f.of.kind === 'object')
        return { ...common, widget: 'list', collapsed: false, fields: f.of.fields.map((c) => field(ctx, c, `${path}.${c.name}`)) };
      return { ...common, widget: 'list', collapsed: false, field: { ...field(ctx, { ...f.of, name: f.name }, path), label: words?.label ?? f.name, hint: undefined, required: true } };
    case 'variants':
      return {
        ...common,
        widget: 'list',
        typeKey: f.key,
        collapsed: false,
        types: f.variants.map((v) => ({
          name: v.value,
          label: CMS_OPTION_WORDS[`${ctx.kind}.${path}.${f.key}`]?.[v.value] ?? v.value,
          widget: 'object',
          fields: v.fields.filter((c) => c.name !== f.key).map((c) => field(ctx, c, `${path}.${v.value}.${c.name}`)),
        })),
      };
  }
}

/** The form's fields for one kind: the schema's, then the body of an MDX file. */
export function kindFields(kind: EditedKind, year?: string): DecapField[] {
  const file = EDITED_FILES[kind];
  const ctx: Context = { kind, year, variants: variantPaths(file.fields) };
  const fields = file.fields.map((f) => field(ctx, f, f.name));
  const body: DecapField[] = file.body ? [{ name: BODY_KEY, label: fieldWords(kind, BODY_KEY)?.label ?? '正文', hint: fieldWords(kind, BODY_KEY)?.hint, widget: 'markdown', modes: ['raw'], buttons: [], editor_components: [], sanitize_preview: true, required: false }] : [];
  if (!file.list) return [...fields, ...body];
  const words = fieldWords(kind, LIST_KEY);
  return [{ name: LIST_KEY, label: words?.label ?? '条目', widget: 'list', collapsed: true, summary: kind === 'units' ? '{{fields.name}}' : kind === 'timeline' ? '{{fields.to}} {{fields.title}}' : kind === 'vocabulary' ? '{{fields.note}}' : '{{fields.printed}} → {{fields.corrected}}', fields }];
}

/** The file-name field of a kind whose new files the editor names (notices and calls by the staff, the rest from their data). */
function fileNameField(kind: EditedKind): DecapField {
  const hints: Partial<Record<EditedKind, string>> = {
    notice: '新通知才填；不填则由文号生成，如 泉港工〔2019〕14号 → qgg-2019-14；已有的通知不改文件名',
    subproject: '新征集项目必填：小写英文、数字和连字符，如 micro-video；它也是网页地址的一部分',
    results: '新结果必填：征集项目的编号（它的文件名），如 micro-video',
    vocabulary: '新词表才填：小写英文、数字和连字符，如 places',
  };
  if (hints[kind]) return { name: FILE_NAME_KEY, label: '文件名', hint: hints[kind], widget: 'string', required: false, pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', '小写字母、数字和连字符，如 qgg-2019-14'] };
  return { name: FILE_NAME_KEY, label: '文件名', widget: 'hidden', required: false };
}

function folderCollection(kind: EditedKind, folder: string, label: string, extras: Record<string, unknown> = {}): Record<string, unknown> {
  const file = EDITED_FILES[kind];
  return {
    name: collectionName(kind, extras.year as string | undefined),
    label,
    label_singular: CMS_KIND_WORDS[kind].one,
    folder,
    extension: file.body ? 'mdx' : 'json',
    format: `portal-${kind}`,
    create: true,
    delete: false,
    slug: `{{fields.${FILE_NAME_KEY}}}`,
    identifier_field: kind === 'notice' ? 'docNumber' : kind === 'subproject' ? 'title' : kind === 'progress' ? 'asOf' : FILE_NAME_KEY,
    fields: [fileNameField(kind), ...kindFields(kind, extras.year as string | undefined)],
    // A notice and a call are previewed as the site shows them (src/client/admin-preview.ts); a table of fields needs none.
    ...(file.body ? {} : { editor: { preview: false } }),
    ...Object.fromEntries(Object.entries(extras).filter(([k]) => k !== 'year')),
  };
}

/** Every collection: each year's kinds, newest year first, then the shared units and vocabulary. */
export function collections(years: readonly string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const year of years) {
    const dir = `content/campaigns/${year}`;
    const label = (kind: EditedKind) => `${year}年 · ${CMS_KIND_WORDS[kind].label}`;
    out.push({
      name: collectionName('campaign', year),
      label: label('campaign'),
      delete: false,
      editor: { preview: false },
      files: [{ name: 'campaign', label: label('campaign'), file: `${dir}/campaign.json`, format: 'portal-campaign', fields: kindFields('campaign', year) }],
    });
    out.push(folderCollection('notice', `${dir}/notices`, label('notice'), { year, summary: '{{docNumber}} {{shortTitle}}', sortable_fields: ['issuedOn', 'docNumber'] }));
    out.push(folderCollection('plan', `${dir}/plans`, label('plan'), { year, summary: '{{slug}}' }));
    out.push(folderCollection('timeline', `${dir}/timeline`, label('timeline'), { year, summary: '{{slug}}' }));
    out.push(folderCollection('subproject', `${dir}/subprojects`, label('subproject'), { year, summary: '{{numeral}} {{title}}' }));
    // A report's file is <unit>/<date>.json: the unit is the folder Decap's nested collections edit
    // as the entry's path (a unit id keeps its slashes there), the date names the file.
    out.push({
      ...folderCollection('progress', `${dir}/progress`, label('progress'), { year, summary: '{{unit}} {{asOf}}' }),
      nested: { depth: 12, subfolders: false },
      meta: {
        path: {
          label: fieldWords('progress', 'unit')?.label ?? '单位',
          hint: fieldWords('progress', 'unit')?.hint,
          ...reference({ kind: 'progress', variants: [] }, { kind: 'string', name: 'unit', of: 'unit', required: true, nullable: false }),
        },
      },
      fields: [{ name: NESTED_NAME_KEY, label: '文件名', widget: 'hidden', required: false }, ...kindFields('progress', year).map((f) => (f.name === 'unit' ? { ...f, widget: 'hidden', required: false } : f))],
    });
    out.push(folderCollection('results', `${dir}/results`, label('results'), { year, summary: '{{slug}}' }));
    out.push({
      name: collectionName('record', year),
      label: label('record'),
      delete: false,
      editor: { preview: false },
      files: [{ name: 'record', label: label('record'), file: `${dir}/record.json`, format: 'portal-record', fields: kindFields('record', year) }],
    });
  }
  out.push(folderCollection('units', 'content/units', CMS_KIND_WORDS.units.label, { summary: '{{slug}}' }));
  out.push(folderCollection('vocabulary', 'content/vocabulary', CMS_KIND_WORDS.vocabulary.label, { summary: '{{slug}}' }));
  return out;
}

const origin = (url: string) => new URL(url).origin;
/** `owner/name` or `group/sub/project` from the repository's web address. */
const repoPath = (url: string) => new URL(url).pathname.replace(/^\/+|\/+$/g, '');

/**
 * The backend for the site's git host. Editorial workflow (each save a branch `cms/<collection>/<slug>`
 * and a pull request) on GitHub, GitLab and Forgejo; Decap's Gitea backend has none, so there saves
 * are commits to a branch of their own (PORTAL_CMS_BRANCH, default `cms`) that one pull request takes
 * to the main branch. Undefined for Gitee (no Decap backend) and with no repository set.
 */
export function backend(s: CmsSettings): { backend: Record<string, unknown>; publish_mode?: string } | undefined {
  if (s.localServer) return { backend: { name: 'proxy', proxy_url: s.localServer, branch: s.repo?.branch ?? 'main' }, publish_mode: 'editorial_workflow' };
  const repo = s.repo;
  if (!repo) return undefined;
  const app = s.appId ? { app_id: s.appId } : {};
  switch (repo.kind) {
    case 'github': {
      const enterprise = origin(repo.url) !== 'https://github.com';
      return {
        backend: { name: 'github', repo: repoPath(repo.url), branch: repo.branch, ...(s.authUrl ? { base_url: s.authUrl } : {}), ...(enterprise ? { api_root: `${origin(repo.url)}/api/v3` } : {}) },
        publish_mode: 'editorial_workflow',
      };
    }
    case 'gitlab':
      return {
        backend: { name: 'gitlab', repo: repoPath(repo.url), branch: repo.branch, auth_type: 'pkce', base_url: origin(repo.url), api_root: `${origin(repo.url)}/api/v4`, ...app },
        publish_mode: 'editorial_workflow',
      };
    case 'forgejo':
      return { backend: { name: 'forgejo', repo: repoPath(repo.url), branch: repo.branch, api_root: `${origin(repo.url)}/api/v1`, ...app }, publish_mode: 'editorial_workflow' };
    case 'gitea':
      return { backend: { name: 'gitea', repo: repoPath(repo.url), branch: s.giteaBranch || 'cms', base_url: origin(repo.url), api_root: `${origin(repo.url)}/api/v1`, ...app } };
    case 'gitee':
      return undefined;
  }
}

/** Where the browser talks to from /admin/: the git host's API (and the login proxy), or decap-server. */
export function connectSources(s: CmsSettings): string[] {
  if (s.localServer) return [origin(s.localServer)];
  if (!s.repo) return [];
  const host = origin(s.repo.url);
  const api = s.repo.kind === 'github' && host === 'https://github.com' ? 'https://api.github.com' : host;
  return [...new Set([api, ...(s.authUrl ? [origin(s.authUrl)] : [])])];
}

/** Where /admin/ shows pictures from besides the site: the host (and GitHub's avatar server, which GitHub's API names for the logged-in user). */
export function imageSources(s: CmsSettings): string[] {
  const hosts = connectSources(s);
  return s.repo?.kind === 'github' && !s.localServer ? [...hosts, 'https://avatars.githubusercontent.com'] : hosts;
}

/** The whole configuration (Decap's `config.yml`, handed to `CMS.init` as an object); undefined when /admin/ cannot edit. */
export function cmsConfig(s: CmsSettings): Record<string, unknown> | undefined {
  const b = backend(s);
  if (!b) return undefined;
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    ...b,
    ...(s.siteUrl ? { site_url: s.siteUrl, display_url: s.siteUrl } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    show_preview_links: false,
    search: true,
    slug: { encoding: 'ascii', clean_accents: false, sanitize_replacement: '-' },
    // Each collection's page says what a save does on this host.
    collections: collections(s.years).map((c) => ({ ...c, description: b.publish_mode ? ADMIN_WORDS.pullRequest : ADMIN_WORDS.gitea(String(b.backend.branch)) })),
  };
}
