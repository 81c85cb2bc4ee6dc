import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { containerFromBrands, probeMp4, type ByteSource } from '../../src/lib/precheck/mp4probe';
import { fileLimits, judge } from '../../src/lib/precheck/rules';

const DIR = fileURLToPath(new URL('../fixtures/video/', import.meta.url));

/** A ByteSource over a fixture that counts what was read, to prove the media data is not. */
function fixture(name: string, bytes: Uint8Array = readFileSync(join(DIR, name))): ByteSource & { bytesRead: number } {
  const src = {
    size: bytes.length,
    name,
    bytesRead: 0,
    read: async (offset: number, length: number) => {
      const out = bytes.subarray(offset, Math.min(bytes.length, offset + length));
      src.bytesRead += out.length;
      return out;
    },
  };
  return src;
}

const MICRO_VIDEO = fileLimits({ formats: ['MP4'], maxDurationSeconds: 180, maxSizeMB: 50, requirements: ['画面清晰'] })!;

describe('probeMp4 on real files made by ffmpeg', () => {
  it('reads a valid MP4: container, tracks and duration, without reading the media data', async () => {
    const src = fixture('valid.mp4');
    const f = await probeMp4(src);
    expect(f).toMatchObject({ container: 'mp4', brand: 'isom', hasVideo: true, hasAudio: true });
    expect(f.problem).toBeUndefined();
    expect(f.durationSeconds).toBeCloseTo(2, 1);
    // ftyp + moov + box headers; the 3,387-byte mdat is never read.
    expect(src.bytesRead).toBeLessThan(src.size - 3000);
    expect(judge(f, MICRO_VIDEO).status).toBe('pass');
  });

  it('sees a .mov renamed .mp4 by its ftyp brand "qt  "', async () => {
    const f = await probeMp4(fixture('mov-renamed.mp4'));
    expect(f).toMatchObject({ container: 'mov', brand: 'qt  ', hasVideo: true });
    const v = judge(f, MICRO_VIDEO);
    expect(v.status).toBe('fail');
    expect(v.lines.find((l) => l.key === 'format')?.text).toContain('MOV');
    expect(v.lines.find((l) => l.key === 'format')?.text).toContain('改扩展名不会改变格式');
  });

  it('finds no video track in a sound-only MP4', async () => {
    const f = await probeMp4(fixture('audio-only.mp4'));
    expect(f).toMatchObject({ container: 'mp4', hasVideo: false, hasAudio: true });
    const v = judge(f, MICRO_VIDEO);
    expect(v.status).toBe('fail');
    expect(v.lines.map((l) => l.key)).toContain('video');
  });

  it('reads the declared duration of a 4-minute file of a few KB', async () => {
    const f = await probeMp4(fixture('too-long.mp4'));
    expect(f.durationSeconds).toBeCloseTo(240, 0);
    const v = judge(f, MICRO_VIDEO);
    expect(v.status).toBe('fail');
    expect(v.lines.find((l) => l.key === 'duration')?.text).toBe('时长：4分0秒，超过了规定（小于 3 分钟）。');
  });

  it('reports a file cut inside its moov box as truncated', async () => {
    const f = await probeMp4(fixture('truncated.mp4'));
    expect(f.problem).toBe('truncated');
    expect(f.declaredSize).toBe(1247 + 909);
    expect(judge(f, MICRO_VIDEO).lines[0]?.text).toContain('文件不完整');
  });

  it('reports a file whose media data is cut as truncated, and still reads its header', async () => {
    const f = await probeMp4(fixture('truncated-faststart.mp4'));
    expect(f).toMatchObject({ problem: 'truncated', declaredSize: 5133, hasVideo: true });
    expect(judge(f, MICRO_VIDEO).status).toBe('fail');
  });

  it('calls random bytes not a video, once', async () => {
    const f = await probeMp4(fixture('random-bytes.mp4'));
    expect(f).toMatchObject({ container: 'not-media', problem: 'not-media' });
    const v = judge(f, MICRO_VIDEO);
    expect(v.status).toBe('fail');
    expect(v.lines.map((l) => l.key)).toEqual(['file', 'size']);
  });

  it('handles empty and tiny files', async () => {
    expect((await probeMp4(fixture('empty.mp4', new Uint8Array(0)))).problem).toBe('not-media');
    expect((await probeMp4(fixture('tiny.mp4', new Uint8Array([0, 0, 0, 8, 0x66])))).problem).toBe('not-media');
  });

  it('never hangs: a read that never answers ends in a timeout', async () => {
    const src: ByteSource = { size: 1000, name: 'stuck.mp4', read: () => new Promise(() => undefined) };
    const f = await probeMp4(src, { timeoutMs: 50 });
    expect(f.problem).toBe('timeout');
    expect(judge(f, MICRO_VIDEO).status).toBe('unknown');
  });

  it('never throws: a failing read becomes an answer', async () => {
    const src: ByteSource = { size: 1000, name: 'gone.mp4', read: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    expect((await probeMp4(src)).problem).toBe('read-error');
  });

  it('does not read a moov box larger than the limit', async () => {
    const f = await probeMp4(fixture('valid.mp4'), { maxHeaderBytes: 1000 });
    expect(f.problem).toBe('header-too-large');
    expect(judge(f, MICRO_VIDEO).status).toBe('unknown');
  });

  it('treats a damaged moov as damaged, not as an exception', async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, 'valid.mp4')));
    // Scribble over the moov box's children, keeping its header.
    for (let i = 32 + 8; i < 32 + 1706; i++) bytes[i] = (i * 37) & 0xff;
    const f = await probeMp4(fixture('scribbled.mp4', bytes));
    expect(['damaged', undefined]).toContain(f.problem);
    expect(f.hasVideo).not.toBe(true);
  });

  it('does not write to the console, even for QuickTime tags mp4box does not know', async () => {
    const spy = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    await probeMp4(fixture('mov-renamed.mp4'));
    expect(spy).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('containerFromBrands', () => {
  it('classifies the brands phones and editors write', () => {
    expect(containerFromBrands('isom', ['isom', 'iso2', 'avc1', 'mp41'])).toBe('mp4');
    expect(containerFromBrands('mp42', [])).toBe('mp4');
    expect(containerFromBrands('qt  ', ['qt  '])).toBe('mov');
    expect(containerFromBrands('3gp4', ['isom'])).toBe('3gp');
    expect(containerFromBrands('M4A ', ['M4A ', 'mp42', 'isom'])).toBe('audio');
    expect(containerFromBrands('heic', ['mif1', 'heic'])).toBe('image');
    expect(containerFromBrands('abcd', ['efgh'])).toBe('other-iso');
  });
});
