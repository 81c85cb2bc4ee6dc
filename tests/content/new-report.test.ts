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

  it('prints a warning for a count far above the unit\'s own target, and writes the file all the same', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian/quanzhou/jinjiang', '--date', '2019-09-01', '--activities', '12', '--source', '晋江市总工会报告']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('内容校验提示：有 1 处请再核对一下（报告照常写入）。');
      expect(r.stdout).toContain('字段 activities\n   请核对：“线下活动数量”是本单位目标 1（上级分配表 qg-2019-27 分配给本单位的数）的 12 倍，超过了十倍');
      expect(r.stdout).toContain('已写入 content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json');
      expect(JSON.parse(readFileSync(join(root, 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json'), 'utf8'))).toMatchObject({ activities: 12 });
    });
  }, 60_000);

  it('refuses an unknown unit and a bad count, says why, and writes nothing', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian/quanzhou/jinjang', '--date', '2019-09-01', '--activities', '-1', '--source', 'x']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('字段 unit');
      expect(r.stderr).toContain('是不是 "fujian/quanzhou/jinjiang"');
      // A unit's printed name where its id belongs: the id it means.
      const named = newReport(root, ['--unit', '晋江市总工会', '--date', '2019-09-01', '--activities', '1', '--source', 'x']);
      expect(named.status).toBe(1);
      expect(named.stderr).toContain('（是不是 "fujian/quanzhou/jinjiang"？）');
      expect(r.stderr).toContain('字段 activities');
      expect(r.stderr).toContain('报告没有写入');
      expect(existsSync(join(root, 'content/campaigns/2019/progress/fujian/quanzhou/jinjang'))).toBe(false);
    });
  }, 60_000);

  it('reads "１３" and "1,300" as 13 and 1300, says so, and writes numbers the build accepts', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian/quanzhou/jinjiang', '--date', '2019-09-01', '--activities', '１３', '--propagandists', '1,300', '--workers', '1 200', '--source', '晋江市总工会报告']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('--activities（线下活动（场））已按 13 读入（原来填的是“１３”：全角数字改成了半角）');
      expect(r.stdout).toContain('--propagandists（职工好网民宣传员（名））已按 1300 读入（原来填的是“1,300”：去掉了千位分隔符）');
      expect(r.stdout).toContain('已按 1200 读入（原来填的是“1 200”：去掉了空格）');
      const file = JSON.parse(readFileSync(join(root, 'content/campaigns/2019/progress/fujian/quanzhou/jinjiang/2019-09-01.json'), 'utf8'));
      expect(file).toMatchObject({ activities: 13, propagandists: 1300, workersReached: 1200 });
      expect(validateContent({ root, today: '2019-10-15' }).issues).toEqual([]);
    });
  });

  it('refuses a count above ten times the national target, and 99999999999999999999, and writes nothing', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian', '--date', '2019-09-01', '--activities', '30001', '--workers', '99999999999999999999', '--source', 'x']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('字段 activities\n   应为：不大于 30000（全国目标“线下活动数量”3000 的十倍');
      expect(r.stderr).toContain('实际：100000000000000000000（超出能准确记下的范围）');
      expect(r.stderr).toContain('报告没有写入');
      expect(existsSync(join(root, 'content/campaigns/2019/progress/fujian/2019-09-01.json'))).toBe(false);
    });
  });

  it('refuses a report without any figure', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, ['--unit', 'fujian', '--date', '2019-09-01', '--source', 'x']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('content/campaigns/2019/progress/fujian/2019-09-01.json 第 1 行\n   应为：至少一项数字');
      expect(existsSync(join(root, 'content/campaigns/2019/progress/fujian'))).toBe(false);
    });
  });

  it('with nothing given, names every missing field once (one problem for the empty date), in file terms', () => {
    withFixture('empty', (root) => {
      const r = newReport(root, []);
      expect(r.status).toBe(1);
      const fields = [...r.stderr.matchAll(/^\d+\. .*?(?: · 字段 (\S+))?$/gm)].map((m) => m[1] ?? '(整个文件)');
      expect(fields).toEqual(['unit', 'asOf', 'source', '(整个文件)']);
    });
  });
});

