import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodiesModuleSource, callBodyKey, noticeBodyKey } from '../../src/lib/content/bodies';
import type { ContentSet } from '../../src/lib/content/load';

/** Stands in for a compiled MDX file: a module whose Content says which file it is. */
function bodyFile(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, `export const Content = ${JSON.stringify(name)};\n`);
  return path;
}

describe('the module of MDX bodies the pages render (virtual:portal/bodies)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-bodies-'));
  // Names a hand-made file could have: a quote and a backslash must stay inside their string.
  const notice = bodyFile(dir, `qgg-2019-14 "a'\\.mjs`);
  const call2019 = bodyFile(dir, 'micro-video-2019.mjs');
  const call2020 = bodyFile(dir, 'micro-video-2020.mjs');
  const content = {
    notices: [{ id: 'qgg-2019-14', path: notice }],
    subprojects: [
      { id: 'micro-video', data: { campaign: '2019' }, path: call2019 },
      { id: 'micro-video', data: { campaign: '2020' }, path: call2020 },
    ],
  } as unknown as Pick<ContentSet, 'notices' | 'subprojects'>;

  it("imports each notice's file under its id and each call's under its year, the same call of two years apart", async () => {
    const modulePath = join(dir, 'bodies.mjs');
    writeFileSync(modulePath, bodiesModuleSource(content));
    const bodies = (await import(pathToFileURL(modulePath).href)) as Record<'notices' | 'calls', Map<string, () => Promise<{ Content: string }>>>;
    expect([...bodies.notices.keys()]).toEqual([noticeBodyKey('qgg-2019-14')]);
    expect((await bodies.notices.get('qgg-2019-14')!()).Content).toBe(`qgg-2019-14 "a'\\.mjs`);
    expect([...bodies.calls.keys()]).toEqual([callBodyKey('2019', 'micro-video'), callBodyKey('2020', 'micro-video')]);
    expect((await bodies.calls.get('2020/micro-video')!()).Content).toBe('micro-video-2020.mjs');
  });

  it('is a module with empty maps when a year has no notices or calls yet', async () => {
    const modulePath = join(dir, 'empty.mjs');
    writeFileSync(modulePath, bodiesModuleSource({ notices: [], subprojects: [] }));
    const bodies = await import(pathToFileURL(modulePath).href);
    expect(bodies.notices.size + bodies.calls.size).toBe(0);
  });
});
