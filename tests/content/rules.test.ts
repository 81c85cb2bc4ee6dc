import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatWarnings, validateContent } from '../../src/lib/content';
import { CASES } from './cases';
import { COMPONENTS, FIXTURES, GOOD, siteOptions, validateFixture, withFixture } from './helpers';

describe('the test site (tests/fixtures/site), on which every bad fixture is laid', () => {
  it('passes every schema and rule', () => {
    const { issues, content } = validateContent(siteOptions());
    expect(issues.length === 0 ? '' : formatIssues(issues)).toBe('');
    expect(content.notices.map((n) => n.id)).toEqual(expect.arrayContaining(['mg-2019-64', 'qg-2019-27', 'zgf-2019-17']));
    expect(content.plans.map((p) => p.data.rows.length).sort((a, b) => a - b)).toEqual([10, 13, 35]);
    expect(content.units).toHaveLength(59);
    expect(content.subprojects).toHaveLength(7);
    // The search vocabulary (content/vocabulary/), every entry with its test query.
    expect(content.vocabulary.length).toBeGreaterThanOrEqual(20);
    // Reports come from the sample folders laid over it (tests/fixtures/demo), never from the site itself.
    expect(content.progress).toHaveLength(0);
  });
});

describe('bad fixtures are rejected with a message naming file and field', () => {
  it('every fixture folder has a case', () => {
    expect(readdirSync(FIXTURES).filter((f) => f !== 'empty').sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  for (const c of CASES) {
    it(c.name, () => {
      const { issues } = validateFixture(c.name, c.today);
      expect(issues.length).toBeGreaterThan(0);
      for (const e of c.expect) {
        const hit = issues.find((i) => i.file === e.file && i.path === e.path && `${i.expected} ${i.found}`.includes(e.text));
        expect(hit, `${e.file} ${e.path} ${e.text}\n${formatIssues(issues)}`).toBeTruthy();
      }
      expect(formatIssues(issues)).toMatchSnapshot();
    });
  }

  it('reports all errors, not only the first', () => {
    const { issues } = validateFixture('several-errors');
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });
});

describe('results that name units the tree lacks', () => {
  it('are kept as printed and flagged, not refused: a warning for each name, once per file, and for a list dated ahead', () => {
    const { issues, warnings } = withFixture('results-flagged', (root) => validateContent({ root, today: '2019-12-01', componentsDir: COMPONENTS }), GOOD);
    expect(formatIssues(issues)).toBe(formatIssues([]));
    expect(warnings.map((w) => `${w.path} ${w.severity}`)).toEqual(['awards.publishedOn warning', 'shortlist.works[0].unit warning', 'shortlist.works[1].unit warning', ' warning']);
    // Its files are typed compactly: one note, for all of them, that /admin/ lays files out otherwise.
    expect(warnings.at(-1)?.rule).toBe('editorFormat');
    expect(formatWarnings(warnings)).toMatchSnapshot();
  });
});

describe('what MDX bodies may contain', () => {
  it('passes: a content component without import, a few HTML tags, safe links, a table, escaped braces', () => {
    const { issues } = withFixture('mdx-allowed', (root) => validateContent({ root, today: '2026-11-24', componentsDir: COMPONENTS }), GOOD);
    expect(formatIssues(issues)).toBe(formatIssues([]));
  });
});
