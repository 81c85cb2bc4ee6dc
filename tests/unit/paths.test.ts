import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/addresses';

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
