import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, formatWarnings, validateContent } from '../../src/lib/content';
import { COMPONENTS, makeFixture, PROJECT } from './helpers';

/**
 * The example files CONTRIBUTING.md gives staff for results (九、添加评选结果) pass the check over the
 * test site, with exactly the warning the guide shows: a guide whose example fails would teach the
 * wrong thing.
 */
describe('CONTRIBUTING.md: the results examples', () => {
  it('pass the check, flagging only the unit the guide says is flagged', () => {
    const guide = readFileSync(join(PROJECT, 'CONTRIBUTING.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## 九、添加评选结果'), guide.indexOf('## 十、'));
    const [results, record] = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(results).toContain('"shortlist"');
    expect(record).toContain('"figures"');
    const root = makeFixture('empty');
    try {
      mkdirSync(join(root, 'content/campaigns/2019/results'), { recursive: true });
      writeFileSync(join(root, 'content/campaigns/2019/results/micro-video.json'), results!);
      writeFileSync(join(root, 'content/campaigns/2019/record.json'), record!);
      const { issues, warnings } = validateContent({ root, today: '2026-11-24', componentsDir: COMPONENTS });
      expect(formatIssues(issues)).toBe(formatIssues([]));
      const shown = /```\n(内容校验提示：[\s\S]*?)\n```/.exec(section)?.[1];
      // The guide's examples are typed compactly, as staff type them; the note that /admin/ would lay
      // them out otherwise is not the one the guide shows.
      expect(formatWarnings(warnings.filter((w) => w.rule !== 'editorFormat'))).toBe(shown);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
