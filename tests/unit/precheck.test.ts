import { describe, expect, it } from 'vitest';
import { BYTES_PER_MB, fileLimits, formatDuration, formatSize, judge, type FileFacts } from '../../src/lib/precheck/rules';

const limits = fileLimits({ formats: ['MP4'], maxDurationSeconds: 180, maxSizeMB: 50, requirements: ['画面清晰', '声音清楚', '重点内容配字幕'] })!;
const good: FileFacts = { name: 'work.mp4', size: 12_000_000, container: 'mp4', brand: 'isom', hasVideo: true, hasAudio: true, durationSeconds: 95 };
const line = (f: FileFacts, key: string) => judge(f, limits).lines.find((l) => l.key === key);

describe('fileLimits', () => {
  it('comes from the content rules: 50MB is 50,000,000 bytes (1 MB = 1,000,000 bytes)', () => {
    expect(BYTES_PER_MB).toBe(1_000_000);
    expect(limits).toEqual({
      formats: ['MP4'],
      maxDurationSeconds: 180,
      maxSizeBytes: 50_000_000,
      maxSizeMB: 50,
      manual: ['画面清晰', '声音清楚', '重点内容配字幕'],
    });
  });

  it('is undefined when the rules set nothing a program can check', () => {
    expect(fileLimits({})).toBeUndefined();
    expect(fileLimits({ requirements: ['原创'] })).toBeUndefined();
    expect(fileLimits({ formats: ['JPG'] })).toBeUndefined();
  });

  it('keeps a size or duration limit without a readable format', () => {
    expect(fileLimits({ maxSizeMB: 10 })?.maxSizeBytes).toBe(10_000_000);
    expect(fileLimits({ formats: ['mp4'] })?.formats).toEqual(['MP4']);
  });
});

describe('judge: the micro-video rules (MP4, 时长小于 3 分钟, 文件小于 50MB)', () => {
  it('passes a good file and names what it checked, with the rules left to the eye', () => {
    const v = judge(good, limits);
    expect(v.status).toBe('pass');
    expect(v.summary).toBe('这个文件符合格式、时长和大小的要求。');
    expect(v.lines.map((l) => [l.key, l.status])).toEqual([
      ['format', 'pass'],
      ['duration', 'pass'],
      ['size', 'pass'],
    ]);
    expect(v.manual).toEqual(['画面清晰', '声音清楚', '重点内容配字幕']);
  });

  describe('duration: strictly less than 180 s', () => {
    it('179.99 s passes', () => expect(line({ ...good, durationSeconds: 179.99 }, 'duration')?.status).toBe('pass'));
    it('exactly 180 s fails, and says why', () => {
      const l = line({ ...good, durationSeconds: 180 }, 'duration')!;
      expect(l.status).toBe('fail');
      expect(l.text).toBe('时长：正好 3 分钟。规则要求“小于 3 分钟”，正好 3 分钟不符合。');
      expect(l.fix).toBe('剪掉至少 1 秒。');
    });
    it('180.04 s fails and is not shown rounded to 3 minutes', () => {
      const l = line({ ...good, durationSeconds: 180.04 }, 'duration')!;
      expect(l.status).toBe('fail');
      expect(l.text).toContain('3分0.04秒');
      expect(l.fix).toContain('至少剪掉 1秒');
    });
    it('240 s fails with how much to cut', () => {
      expect(line({ ...good, durationSeconds: 240 }, 'duration')?.fix).toBe('剪短到 3 分钟以内，至少剪掉 1分1秒。');
    });
    it('an unreadable duration is unknown, not a pass, and says what to do', () => {
      const v = judge({ ...good, durationSeconds: undefined }, limits);
      expect(v.status).toBe('unknown');
      expect(line({ ...good, durationSeconds: undefined }, 'duration')).toEqual({
        key: 'duration',
        status: 'unknown',
        text: '时长：读不出，无法确认是否小于 3 分钟。',
        fix: '请在手机相册或播放器里查看时长，确认小于 3 分钟。',
      });
      expect(line({ ...good, durationSeconds: 0 }, 'duration')?.status).toBe('unknown');
    });
    it('an impossible duration is unreadable, never a pass: the header is damaged', () => {
      const impossible = { ...good, durationSeconds: undefined, durationImpossible: true };
      expect(judge(impossible, limits).status).toBe('unknown');
      expect(line(impossible, 'duration')?.text).toBe('时长：文件里记录的时长不合理，读不出，无法确认是否小于 3 分钟。文件可能已损坏。');
      expect(line(impossible, 'duration')?.fix).toContain('重新导出');
    });
    it('a duration under a hundredth of a second or over a day is not taken at its word', () => {
      // 2,000 ticks of a 0xFFFFFFFF-per-second clock: once shown as "时长：0秒" and passed.
      for (const d of [2000 / 0xffffffff, 0.009, 24 * 3600 + 1, Infinity, NaN]) {
        expect(line({ ...good, durationSeconds: d }, 'duration')?.status, String(d)).toBe('unknown');
        expect(judge({ ...good, durationSeconds: d }, limits).status, String(d)).toBe('unknown');
      }
      expect(line({ ...good, durationSeconds: 0.01 }, 'duration')?.status).toBe('pass');
    });
  });

  describe('size: strictly less than 50,000,000 bytes', () => {
    it('49,999,999 bytes passes', () => expect(line({ ...good, size: 49_999_999 }, 'size')?.status).toBe('pass'));
    it('exactly 50,000,000 bytes fails', () => {
      const l = line({ ...good, size: 50_000_000 }, 'size')!;
      expect(l.status).toBe('fail');
      expect(l.text).toContain('50,000,000 字节');
    });
    it('50,000,000 to 52,428,799 bytes fails, and explains that Windows shows under 50 MB', () => {
      const l = line({ ...good, size: 52_000_000 }, 'size')!;
      expect(l.status).toBe('fail');
      expect(l.text).toContain('会显示约 49.6 MB');
    });
    it('exactly 50 MiB (52,428,800 bytes) fails without that note', () => {
      const l = line({ ...good, size: 52_428_800 }, 'size')!;
      expect(l.status).toBe('fail');
      expect(l.text).not.toContain('Windows');
    });
  });

  it('a .mov renamed .mp4 fails on format and says renaming does not convert', () => {
    const v = judge({ ...good, container: 'mov', brand: 'qt  ' }, limits);
    expect(v.status).toBe('fail');
    expect(v.lines[0]).toMatchObject({ key: 'format', status: 'fail' });
    expect(v.lines[0]?.text).toBe('格式：这是MOV（QuickTime）视频，只是文件名改成了 .mp4（改扩展名不会改变格式），不是 MP4。');
    expect(v.lines[0]?.fix).toContain('导出');
  });

  it('an MP4 named .mov passes the format but asks for the .mp4 name', () => {
    expect(line({ ...good, name: 'work.MOV' }, 'format')).toMatchObject({ status: 'warn', fix: '提交前把文件名的扩展名改为 .mp4。' });
    expect(judge({ ...good, name: 'work.MOV' }, limits).status).toBe('pass');
  });

  it('no video track fails, and the missing duration is not asked about', () => {
    const v = judge({ ...good, hasVideo: false, hasAudio: true, durationSeconds: undefined }, limits);
    expect(v.status).toBe('fail');
    expect(v.lines.map((l) => l.key)).toEqual(['format', 'video', 'size']);
    expect(v.lines[1]?.text).toBe('画面：文件里没有视频画面，只有声音。');
  });

  it('a truncated file fails with both sizes', () => {
    const v = judge({ ...good, problem: 'truncated', size: 3000, declaredSize: 5133 }, limits);
    expect(v.status).toBe('fail');
    expect(v.lines[0]?.text).toBe('文件不完整：文件只有 3,000 字节，按文件内部记录应有 5,133 字节，可能没有下载或复制完。');
  });

  it('a damaged file whose brand says MP4 is damaged, not "not MP4"', () => {
    const v = judge({ name: 'x.mp4', size: 80_032, container: 'mp4', brand: 'isom', problem: 'damaged' }, limits);
    expect(v.status).toBe('fail');
    expect(v.lines.map((l) => [l.key, l.status])).toEqual([
      ['file', 'fail'],
      ['format', 'pass'],
      ['size', 'pass'],
    ]);
    expect(v.lines[0]?.text).toContain('文件已损坏');
  });

  it('a damaged or cut-off file with no readable brand: the format is unknown, not "not MP4"', () => {
    for (const problem of ['damaged', 'truncated', 'no-header', 'timeout', 'read-error', 'header-too-large'] as const) {
      const v = judge({ name: 'x.mp4', size: 3000, container: 'not-media', problem }, limits);
      expect(v.lines.find((l) => l.key === 'format'), problem).toEqual({ key: 'format', status: 'unknown', text: '格式：未能确认。' });
      expect(v.lines.map((l) => l.text).join(), problem).not.toContain('不是 MP4');
    }
  });

  it('random bytes: one clear answer, plus the size', () => {
    const v = judge({ name: 'x.mp4', size: 4096, container: 'not-media', problem: 'not-media' }, limits);
    expect(v.summary).toBe('这个文件不符合要求：有 1 处需要修改。');
    expect(v.lines.map((l) => [l.key, l.status])).toEqual([
      ['file', 'fail'],
      ['size', 'pass'],
    ]);
  });

  it('counts every broken rule in the summary', () => {
    const v = judge({ ...good, container: 'mov', durationSeconds: 200, size: 60_000_000 }, limits);
    expect(v.summary).toBe('这个文件不符合要求：有 3 处需要修改。');
  });
});

describe('formatting', () => {
  it('formatDuration never rounds up across a limit', () => {
    expect(formatDuration(2)).toBe('2秒');
    expect(formatDuration(179.999)).toBe('2分59.99秒');
    expect(formatDuration(179.5)).toBe('2分59.5秒');
    expect(formatDuration(240)).toBe('4分0秒');
  });
  it('formatSize gives bytes and the site MB', () => {
    expect(formatSize(5133)).toBe('5,133 字节（不到 0.01 MB）');
    expect(formatSize(12_345)).toBe('12,345 字节（约 0.01 MB）');
    expect(formatSize(50_000_000)).toBe('50,000,000 字节（约 50.0 MB）');
    expect(formatSize(1_500_000)).toBe('1,500,000 字节（约 1.50 MB）');
  });
});
