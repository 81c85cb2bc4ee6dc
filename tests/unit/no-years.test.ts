import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../content/helpers';

/**
 * Nothing under src/ names a campaign year or a count that the content holds: wording comes from
 * content/, so adding next year's folder changes every page that should change, and no 2019 text
 * is left behind on a 2020 page. Comments may name years to explain, and a message may show the
 * form of a value by an example (“如 2019-05-29”); code and the words pages show may not.
 */
const YEAR = /(?<![0-9\\u])20(?:1[6-9]|2[0-9])(?![0-9])/;
/** Counts and names the 2019 notices hold: the number of calls, of notices, the plan's figures and name. */
const CONTENT_WORDS = /七个|七种|三份|1000个|2万名|3000场|12351/;
const COMMENT = /^\s*(\/\/|\*|\/\*|<!--)/;
const EXAMPLE = /如/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|astro|mjs|css)$/.test(name) ? [full] : [];
  });
}

export function offending(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, i) => (!COMMENT.test(line) && !EXAMPLE.test(line) && (YEAR.test(line) || CONTENT_WORDS.test(line)) ? [i + 1] : []));
}

describe('no year or content count in the code', () => {
  it('finds none under src/', () => {
    const found = files(join(PROJECT, 'src')).flatMap((f) => offending(readFileSync(f, 'utf8')).map((n) => `${relative(PROJECT, f)}:${n}`));
    expect(found).toEqual([]);
  });

  it('would find one (the check itself works)', () => {
    expect(offending("const note = '下列网址为 2019 年印发时的地址';")).toEqual([1]);
    expect(offending('<p>七个征集项目</p>')).toEqual([1]);
    expect(offending('// 2019 is the first year in the sources')).toEqual([]);
    expect(offending("message: '日期，如 2019-05-29'")).toEqual([]);
    expect(offending("const quote = '\\u2018';")).toEqual([]);
    expect(offending('const port = 4321; const n = 20190;')).toEqual([]);
  });
});
