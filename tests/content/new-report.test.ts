import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content';
import { newReport, SAMPLE_ARGS, withFixture } from './helpers';

describe('npm run new:report', () => {
  it('writes the report where it belongs, and the build accepts it', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, SAMPLE_ARGS);
      expect(r.status, r.stderr).toBe(0);
      const file = join(root, 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        unit: 'fujian/quanzhou/jinjiang',
        campaign: '2019',
        asOf: '2019-09-01',
        activities: 1,
        propagandists: 10,
        workersReached: 120,
        source: '晋江市总工会关于主题活动开展情况的报告',
      });
      expect(validateContent({ root, today: '2019-10-15' }).issues).toEqual([]);

      const again = newReport(root, SAMPLE_ARGS);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('同一单位同一日期只有一份进度报告');
    });
  }, 60_000);

  it('refuses an unknown unit and a bad count, says why, and writes nothing', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian/quanzhou/jinjang', '--date', '2019-09-01', '--activities', '-1', '--source', 'x']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('字段 unit');
      expect(r.stderr).toContain('是不是 "fujian/quanzhou/jinjiang"');
      expect(r.stderr).toContain('字段 activities');
      expect(r.stderr).toContain('报告没有写入');
      expect(existsSync(join(root, 'content/campaigns/2019/progress/fujian/quanzhou/jinjang'))).toBe(false);
    });
  }, 60_000);
});
