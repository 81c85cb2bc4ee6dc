import { describe, expect, it } from 'vitest';
import { backend, cmsConfig, collections, connectSources, imageSources, fieldWords, kindFields, FILE_NAME_KEY, META_PATH_KEY, NESTED_NAME_KEY, type DecapField } from '../../src/lib/cms/config';
import { beforeSave, suggestedFileName } from '../../src/lib/cms/entries';
import { EDITED_FILES, type EditedKind } from '../../src/lib/cms/files';
import { BODY_KEY, LIST_KEY } from '../../src/lib/cms/formats';
import { fieldPaths } from '../../src/lib/cms/shape';
import { MEASURE_WORDS } from '../../src/lib/words';
import { adminCsp, CSP } from '../../src/lib/hosting/security';
import type { Repository } from '../../src/lib/report/hosts';

/** Every field path of a form: `contacts.phones`, `attachments.plan.no` (a list item's kind in the path). */
function formPaths(fields: readonly DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const inner = f.fields as DecapField[] | undefined;
    const types = f.types as (DecapField & { fields: DecapField[] })[] | undefined;
    return [
      path,
      ...(inner ? formPaths(inner, path) : []),
      ...(types ? types.flatMap((t) => [...formPaths(t.fields, `${path}.${t.name}`), `${path}.${t.name}.${f.typeKey as string}`]) : []),
    ];
  });
}

const KINDS = Object.keys(EDITED_FILES) as EditedKind[];
const YEAR = '2019';

describe('the CMS configuration is the schemas', () => {
  for (const kind of KINDS) {
    it(`${kind}: every schema field has a form field, and every form field a schema field`, () => {
      const file = EDITED_FILES[kind];
      const schema = fieldPaths(file.fields).sort();
      let form = kindFields(kind, YEAR);
      // A file that is a list is edited as one list field of its items.
      if (file.list) form = form.find((f) => f.name === LIST_KEY)!.fields as DecapField[];
      const fromForm = formPaths(form).filter((p) => !(file.body && p === BODY_KEY)).sort();
      expect(fromForm).toEqual(schema);
    });

    it(`${kind}: every field has its words`, () => {
      const missing = fieldPaths(EDITED_FILES[kind].fields).filter((p) => {
        const name = p.split('.').at(-1)!;
        return !fieldWords(kind, p) && !(name in MEASURE_WORDS);
      });
      expect(missing).toEqual([]);
    });
  }

  it('the fields a form has beyond the schema are the body, the file name and a report’s folder and date, never written', () => {
    const all = collections([YEAR]) as { name: string; fields?: DecapField[]; files?: { fields: DecapField[] }[]; meta?: unknown }[];
    const extra = new Set<string>();
    for (const c of all) {
      const kind = c.name.replace(/-\d{4}$/, '') as EditedKind;
      const fields = c.fields ?? c.files?.[0]?.fields ?? [];
      const known = new Set([...EDITED_FILES[kind].fields.map((f) => f.name), ...(EDITED_FILES[kind].list ? [LIST_KEY] : [])]);
      for (const f of fields) if (!known.has(f.name)) extra.add(f.name);
      if (c.meta) extra.add(META_PATH_KEY);
    }
    expect([...extra].sort()).toEqual([BODY_KEY, FILE_NAME_KEY, META_PATH_KEY, NESTED_NAME_KEY].sort());
    for (const kind of KINDS) {
      const written = EDITED_FILES[kind].format.write({ [FILE_NAME_KEY]: 'x', ...(kind === 'progress' ? { [NESTED_NAME_KEY]: '2019-09-01' } : {}) });
      expect(written).not.toContain(FILE_NAME_KEY);
      if (kind === 'progress') expect(written).not.toContain(NESTED_NAME_KEY);
    }
  });

  it('enumerations are selects, references relations searchable by Chinese name, dates YYYY-MM-DD strings', () => {
    const notice = kindFields('notice', YEAR);
    const by = (name: string, fields = notice) => fields.find((f) => f.name === name)!;
    expect(by('level')).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ label: '县级', value: 'county' }]) });
    expect(by('unit')).toMatchObject({ widget: 'relation', collection: 'units', value_field: 'items.*.id', display_fields: ['items.*.name'] });
    expect(by('implements')).toMatchObject({ widget: 'relation', collection: 'notice-2019', required: false, search_fields: expect.arrayContaining(['docNumber']) });
    expect(by('issuedOn')).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false });
    expect(by('printedBy')).toMatchObject({ required: false });
    expect(by('body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });
});

describe('the git host', () => {
  const repo = (kind: Repository['kind'], url: string): Repository => ({ kind, url, branch: 'main' });
  const years = [YEAR];

  it('each save a pull request on GitHub, GitLab (PKCE) and Forgejo; a branch of its own on Gitea; nothing for Gitee or no repository', () => {
    expect(backend({ years, repo: repo('github', 'https://github.com/union/portal'), authUrl: 'https://auth.example.org' })).toEqual({
      backend: { name: 'github', repo: 'union/portal', branch: 'main', base_url: 'https://auth.example.org' },
      publish_mode: 'editorial_workflow',
    });
    expect(backend({ years, repo: repo('gitlab', 'https://git.example.gov.cn/fujian/web/portal'), appId: 'abc' })).toEqual({
      backend: { name: 'gitlab', repo: 'fujian/web/portal', branch: 'main', auth_type: 'pkce', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v4', app_id: 'abc' },
      publish_mode: 'editorial_workflow',
    });
    expect(backend({ years, repo: repo('forgejo', 'https://codeberg.org/union/portal') })?.publish_mode).toBe('editorial_workflow');
    const gitea = backend({ years, repo: repo('gitea', 'https://gitea.example.org/union/portal') });
    expect(gitea).toEqual({ backend: { name: 'gitea', repo: 'union/portal', branch: 'cms', base_url: 'https://gitea.example.org', api_root: 'https://gitea.example.org/api/v1' } });
    expect(backend({ years, repo: repo('gitee', 'https://gitee.com/union/portal') })).toBeUndefined();
    expect(cmsConfig({ years })).toBeUndefined();
    expect(backend({ years, localServer: 'http://127.0.0.1:8081/api/v1' })).toMatchObject({ backend: { name: 'proxy' }, publish_mode: 'editorial_workflow' });
  });

  it('/admin/ may talk to the host’s API and no further; other pages keep their policy', () => {
    expect(connectSources({ years, repo: repo('github', 'https://github.com/union/portal') })).toEqual(['https://api.github.com']);
    expect(connectSources({ years, repo: repo('gitlab', 'https://git.example.gov.cn/a/b') })).toEqual(['https://git.example.gov.cn']);
    expect(imageSources({ years, repo: repo('github', 'https://github.com/union/portal') })).toEqual(['https://api.github.com', 'https://avatars.githubusercontent.com']);
    const csp = adminCsp(['https://git.example.gov.cn']);
    expect(csp).toContain("connect-src 'self' https://git.example.gov.cn");
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CSP).not.toContain('unsafe-eval');
  });
});

describe('new files get their names by the project’s rules', () => {
  it('a notice from its 文号, a table and a timeline from their notice, a units file from its branch', () => {
    expect(suggestedFileName('notice', { docNumber: '泉港工〔2019〕14号' })).toBe('qgg-2019-14');
    expect(suggestedFileName('plan', { notice: 'qgg-2019-14' })).toBe('qgg-2019-14');
    expect(suggestedFileName('timeline', { items: [{ notice: 'qgg-2019-14' }] })).toBe('qgg-2019-14');
    expect(suggestedFileName('units', { items: [{ id: 'fujian/quanzhou/quangang/nanpu', parent: 'fujian/quanzhou/quangang' }] })).toBe('fujian-quanzhou-quangang');
    expect(beforeSave('notice', { docNumber: '泉港工〔2019〕14号', fileName: 'mine' }).fileName).toBe('mine');
  });

  it('a report of any unit lands at progress/<unit>/<date>.json', () => {
    const data = beforeSave('progress', { asOf: '2019-09-15', source: '报告' }, 'fujian/quanzhou/quangang/nanpu');
    expect(data).toMatchObject({ unit: 'fujian/quanzhou/quangang/nanpu', [NESTED_NAME_KEY]: '2019-09-15' });
    const progress = collections([YEAR]).find((c) => c.name === 'progress-2019') as { folder: string; nested: unknown; meta: { path: Record<string, unknown> } };
    expect(progress.folder).toBe('content/campaigns/2019/progress');
    expect(progress.meta.path).toMatchObject({ widget: 'relation', collection: 'units', value_field: 'items.*.id' });
  });
});
