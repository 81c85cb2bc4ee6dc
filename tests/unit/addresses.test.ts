import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths, withBase } from '../../src/lib/addresses';
import { PROJECT } from '../content/helpers';

describe('withBase', () => {
  it('joins with the root base', () => {
    expect(withBase('notices/', '/')).toBe('/notices/');
    expect(withBase('/notices/', '/')).toBe('/notices/');
  });

  it('joins with a repository base that ends in a slash', () => {
    expect(withBase('units/fujian/', '/repo/')).toBe('/repo/units/fujian/');
    expect(withBase('/units/fujian/', '/repo/')).toBe('/repo/units/fujian/');
  });

  it('adds the missing slash to a base without one', () => {
    expect(withBase('notices/', '/repo')).toBe('/repo/notices/');
    expect(withBase('/notices/', '/repo')).toBe('/repo/notices/');
  });

  it('never produces a double slash from repeated leading slashes', () => {
    expect(withBase('//notices/', '/repo/')).toBe('/repo/notices/');
  });

  it('maps the empty path and "/" to the base itself', () => {
    expect(withBase('', '/repo')).toBe('/repo/');
    expect(withBase('/', '/repo/')).toBe('/repo/');
    expect(withBase('', '/')).toBe('/');
  });

  it('keeps the fragment', () => {
    expect(withBase('/notices/zgf-2019-17/#三-1', '/repo/')).toBe('/repo/notices/zgf-2019-17/#三-1');
  });

  it('defaults to the configured base, "/" under the test runner', () => {
    expect(withBase('/search/')).toBe('/search/');
  });
});

describe('paths', () => {
  it('puts the root unit at units/ and other units at their path-like id', () => {
    expect(paths.unit('national', 'national')).toBe('units/');
    expect(paths.unit('fujian', 'national')).toBe('units/fujian/');
    expect(paths.unit('fujian/quanzhou', 'national', '2019-targets')).toBe('units/fujian/quanzhou/#2019-targets');
    expect(paths.unit('fujian', 'fujian')).toBe('units/');
  });

  it('gives a campaign year its own addresses and keeps the un-prefixed ones for the current campaign', () => {
    expect(paths.campaign('2019')).toBe('2019/');
    expect(paths.subprojects()).toBe('subprojects/');
    expect(paths.subprojects('2019')).toBe('2019/subprojects/');
    expect(paths.subproject('micro-video', '2020')).toBe('2020/subprojects/micro-video/');
    expect(paths.poster('micro-video')).toBe('subprojects/micro-video/poster/');
    expect(paths.timeline('2019')).toBe('2019/timeline/');
    expect(paths.calendar('2019')).toBe('timeline/2019.ics');
    expect(paths.contactCards('all', '2019')).toBe('2019/contacts/all.vcf');
    expect(paths.contactCards('zgf-2019-17')).toBe('contacts/zgf-2019-17.vcf');
  });

  it('names every download by its year', () => {
    expect(paths.chartFile('fujian', 'plan', 'csv', '2019')).toBe('data/2019/units/fujian/plan.csv');
    expect(paths.chartFile('fujian', 'years', 'json')).toBe('data/units/fujian/years.json');
    expect(paths.planFile('zgf-2019-17', 'csv')).toBe('data/plans/zgf-2019-17.csv');
    expect(paths.dataIndex('2019')).toBe('data/2019/index.json');
  });

  it('links a paragraph of a notice by its anchor', () => {
    expect(paths.notice('zgf-2019-17')).toBe('notices/zgf-2019-17/');
    expect(paths.notice('zgf-2019-17', '三-1')).toBe('notices/zgf-2019-17/#三-1');
  });
});

/**
 * Every site address is built by src/lib/addresses.ts. A path written by hand elsewhere would
 * not follow a change of address (a new year, a base path) and would break without a word.
 */
describe('no site path is written by hand outside the address module', () => {
  const SECTIONS = ['notices', 'units', 'subprojects', 'timeline', 'contacts', 'data', 'search', 'about', 'report', 'pagefind'];
  // A string that starts with a section of the site, or an href/src/action that starts with "/".
  const BY_HAND = new RegExp(`(?:['"\`]/?(?:${SECTIONS.join('|')})/)|(?:\\b(?:href|src|action)="/)|withBase\\(['"\`][^'"\`]`);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
    });

  it('finds none in src/', () => {
    const found: string[] = [];
    for (const file of files(join(PROJECT, 'src'))) {
      if (file.endsWith(join('lib', 'addresses.ts'))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Comments may name addresses to explain them.
          if (/^\s*(\/\/|\*|\/\*|<!--)/.test(line)) return;
          if (BY_HAND.test(line)) found.push(`${relative(PROJECT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would find one (the check itself works)', () => {
    expect(BY_HAND.test("const p = `notices/${id}/`;")).toBe(true);
    expect(BY_HAND.test('<a href="/about/">')).toBe(true);
    expect(BY_HAND.test("withBase('timeline/')")).toBe(true);
    expect(BY_HAND.test('withBase(paths.timeline(year))')).toBe(false);
  });
});
