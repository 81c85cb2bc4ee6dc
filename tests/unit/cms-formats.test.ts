import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFile } from '../../src/lib/content/layout';
import { EDITED_FILES, isEdited } from '../../src/lib/cms/files';
import { PROJECT } from '../content/helpers';
import { reportFileText, reportFromInput } from '../../src/lib/report/report';

/**
 * The formats /admin/ reads and writes files with (src/lib/cms/formats.ts): a file opened and saved
 * unchanged is the same file, byte for byte: here over the tests' own content and sample folders.
 * content/ is the content check's to judge: a file typed by hand in another layout is a warning
 * there (load.ts, noteFormat), and `npm run tidy` writes it in this format.
 */
function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const FOLDERS = ['tests/fixtures/site', 'tests/fixtures/demo', 'tests/fixtures/two-years'];

describe('every file the CMS edits round-trips byte for byte', () => {
  for (const folder of FOLDERS) {
    it(folder, () => {
      const root = join(PROJECT, folder);
      const changed: string[] = [];
      let seen = 0;
      for (const file of walk(root)) {
        const placed = placeFile(relative(root, file).split('\\').join('/'));
        if (placed.kind === 'misplaced' || !isEdited(placed.kind)) continue;
        seen++;
        const text = readFileSync(file, 'utf8');
        const format = EDITED_FILES[placed.kind].format;
        if (format.write(format.read(text)) !== text) changed.push(`${relative(PROJECT, file)}（运行 npm run tidy -- ${folder}）`);
        // The content check hands a JSON file's value over already parsed: the same as reading it.
        if (format.fromJson) expect(format.fromJson(JSON.parse(text)), file).toEqual(format.read(text));
        else expect(file.endsWith('.json'), `${file}: a JSON format without fromJson`).toBe(false);
      }
      expect(seen).toBeGreaterThan(0);
      expect(changed).toEqual([]);
    });
  }
});

describe('what the report form and npm run new:report write', () => {
  it('is a file /admin/ would save the same, so the check has no note on its layout', () => {
    const text = reportFileText(
      reportFromInput({ unit: 'fujian/quanzhou/jinjiang', asOf: '2019-09-01', campaign: '2019', counts: { activities: '1', propagandists: '10', workersReached: '120' }, source: '报告' }),
    );
    const format = EDITED_FILES.progress.format;
    expect(format.write(format.read(text))).toBe(text);
  });
});

describe('what the CMS writes', () => {
  const notice = EDITED_FILES.notice.format;
  const progress = EDITED_FILES.progress.format;
  const units = EDITED_FILES.units.format;

  it('leaves a cleared optional field out, never ""', () => {
    const text = progress.write({ unit: 'fujian', asOf: '2019-09-01', activities: 1, workersReached: '', source: '报告', sourceUrl: '' });
    expect(text).toBe('{\n  "unit": "fujian",\n  "asOf": "2019-09-01",\n  "activities": 1,\n  "source": "报告"\n}\n');
  });

  it('writes a cleared field that must be there but may be null as null (a unit with no parent)', () => {
    expect(units.write({ items: [{ id: 'national', name: '中华全国总工会', kind: 'national', parent: '' }] })).toBe(
      '[\n  {\n    "id": "national",\n    "name": "中华全国总工会",\n    "kind": "national",\n    "parent": null\n  }\n]\n',
    );
  });

  it('puts keys in the schema order at every level and drops the form’s own fields', () => {
    const text = notice.write({
      body: '正文\n\n\n',
      fileName: 'qgg-2019-14',
      summary: '摘要',
      title: '标题',
      contacts: [{ emails: [], phones: ['0595-87980000', ''], names: ['林晓'] }],
      printedBy: '',
      implements: null,
    });
    expect(text).toBe('---\ntitle: "标题"\nimplements: null\ncontacts:\n  - names: ["林晓"]\n    phones: ["0595-87980000"]\n    emails: []\n summary: "摘要"\n---\n\n正文\n'.replace('\n summary', '\nsummary'));
    expect(progress.write({ title: '2019-09-01', asOf: '2019-09-01', unit: 'fujian', source: '报告' })).not.toContain('title');
  });

  it('reads a file that is not there yet (a year’s first record.json) as empty', () => {
    expect(EDITED_FILES.record.format.read('')).toEqual({});
    expect(EDITED_FILES.timeline.format.read('')).toEqual({ items: [] });
  });

  it('reads front matter and the body apart, and writes them back', () => {
    const text = '---\ntitle: "标题"\nletterhead:\n  lines: ["泉港区总工会"]\n---\n\n各镇（街道）总工会：\n';
    expect(notice.read(text)).toEqual({ title: '标题', letterhead: { lines: ['泉港区总工会'] }, body: '各镇（街道）总工会：\n' });
    expect(notice.write(notice.read(text))).toBe(text);
  });
});
