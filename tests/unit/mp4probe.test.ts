import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { createFile, Log, MP4BoxBuffer, type Movie } from 'mp4box';
import { describe, expect, it, vi } from 'vitest';
import { containerFromBrands, durationOf, probeMp4, readMovieHeader, type ByteSource, type MovieHeader } from '../../src/lib/precheck/mp4probe';
import { fileLimits, judge, type FileFacts, type Verdict } from '../../src/lib/precheck/rules';
import {
  box,
  boxStorm,
  concat,
  findBox,
  ftyp,
  header,
  largeBox,
  largeHeader,
  randomBytes,
  rebuild,
  repeat,
  topBoxes,
  u32,
  withTimes,
  withU32,
} from '../fixtures/video/hostile';

const DIR = fileURLToPath(new URL('../fixtures/video/', import.meta.url));
const VALID = new Uint8Array(readFileSync(join(DIR, 'valid.mp4')));

type Counted = ByteSource & { bytesRead: number; reads: number };

/**
 * A ByteSource over bytes in memory that counts what was read. `browserLike` makes each read
 * wait for the next turn of the event loop (about a millisecond in Node), as a browser's
 * File.slice().arrayBuffer() does: one read per box would then cost seconds, as it did in Chromium.
 */
function fixture(name: string, bytes: Uint8Array = readFileSync(join(DIR, name)), browserLike = false): Counted {
  const src = {
    size: bytes.length,
    name,
    bytesRead: 0,
    reads: 0,
    read: async (offset: number, length: number) => {
      src.reads++;
      if (browserLike) await new Promise((resolve) => setTimeout(resolve, 0));
      const out = bytes.subarray(offset, Math.min(bytes.length, offset + length));
      src.bytesRead += out.length;
      return out;
    },
  };
  return src;
}

const MICRO_VIDEO = fileLimits({ formats: ['MP4'], maxDurationSeconds: 180, maxSizeMB: 50, requirements: ['画面清晰'] })!;

describe('probeMp4 on real files made by ffmpeg', () => {
  it('reads a valid MP4: container, tracks and duration, in one read', async () => {
    const src = fixture('valid.mp4');
    const f = await probeMp4(src);
    expect(f).toMatchObject({ container: 'mp4', brand: 'isom', hasVideo: true, hasAudio: true });
    expect(f.problem).toBeUndefined();
    expect(f.durationSeconds).toBeCloseTo(2, 1);
    expect(src.reads).toBe(1);
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

  it('does not write to the console, even for QuickTime tags it does not know', async () => {
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

/** What mp4box (the reader the pre-check used before) makes of a file's ftyp and moov boxes. */
function mp4boxInfo(bytes: Uint8Array): Movie | undefined {
  Log.error = () => undefined; // it reports QuickTime tags it does not know (©swr) as errors
  const file = createFile();
  let info: Movie | undefined;
  file.onReady = (i) => {
    info = i;
  };
  const copy = new Uint8Array(bytes);
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy.buffer, 0));
  file.flush();
  return info;
}

describe('the header reader agrees with mp4box on the real files', () => {
  for (const name of ['valid.mp4', 'mov-renamed.mp4', 'audio-only.mp4', 'too-long.mp4', 'truncated-faststart.mp4']) {
    it(name, async () => {
      const bytes = new Uint8Array(readFileSync(join(DIR, name)));
      const ref = mp4boxInfo(bytes)!;
      const f = await probeMp4(fixture(name, bytes));
      expect(f.hasVideo).toBe(ref.videoTracks.length > 0);
      expect(f.hasAudio).toBe(ref.audioTracks.length > 0);
      expect(f.durationSeconds).toBeCloseTo(ref.duration / ref.timescale, 6);
      expect(f.brand).toBe(ref.brands[0]);
    });
  }
});

/** A file of `size` bytes whose mdat payload is not held in memory: zeros, made as read. */
function largeFile(name: string, before: Uint8Array, mdatPayload: number, after: Uint8Array): Counted {
  const mdatHeader = concat(u32(8 + mdatPayload), Uint8Array.from('mdat', (c) => c.charCodeAt(0)));
  const head = concat(before, mdatHeader);
  const tailAt = head.length + mdatPayload;
  const size = tailAt + after.length;
  const src: Counted = {
    size,
    name,
    bytesRead: 0,
    reads: 0,
    read: async (offset, length) => {
      src.reads++;
      const end = Math.min(size, offset + length);
      const out = new Uint8Array(end - offset);
      for (const [part, at] of [
        [head, 0],
        [after, tailAt],
      ] as const) {
        const from = Math.max(offset, at);
        const to = Math.min(end, at + part.length);
        if (from < to) out.set(part.subarray(from - at, to - at), from - offset);
      }
      src.bytesRead += out.length;
      return out;
    },
  };
  return src;
}

const moovOf = (bytes: Uint8Array) => topBoxes(bytes).find((b) => b.type === 'moov')!.bytes;

describe('reading in chunks, not box by box', () => {
  it('a 50 MB video with its header at the end costs two reads, not the media data', async () => {
    const src = largeFile('big.mp4', ftyp(), 50_000_000, moovOf(VALID));
    const f = await probeMp4(src);
    expect(f).toMatchObject({ container: 'mp4', hasVideo: true, durationSeconds: 2 });
    expect(f.problem).toBeUndefined();
    expect(src.reads).toBe(2);
    expect(src.bytesRead).toBeLessThan(300_000);
  });

  it('a 50 MB video with its header first costs one read', async () => {
    const src = largeFile('big.mp4', concat(ftyp(), moovOf(VALID)), 50_000_000, new Uint8Array(0));
    expect((await probeMp4(src)).durationSeconds).toBe(2);
    expect(src.reads).toBe(1);
  });

  it('walks 10,000 boxes in one read, under a second with browser-like reads, and finds the header after them', async () => {
    // ftyp, 9,996 free boxes, then the real file's moov, free and mdat: 10,000 top-level boxes.
    const [ftypBox, ...rest] = topBoxes(VALID);
    expect([ftypBox?.type, ...rest.map((b) => b.type)]).toEqual(['ftyp', 'moov', 'free', 'mdat']);
    const bytes = concat(boxStorm(9_996), ...rest.map((b) => b.bytes));
    const src = fixture('storm-then-header.mp4', bytes, true);
    const t0 = performance.now();
    const f = await probeMp4(src);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(src.reads).toBeLessThanOrEqual(1);
    expect(f).toMatchObject({ container: 'mp4', hasVideo: true, durationSeconds: 2 });
    expect(judge(f, MICRO_VIDEO).status).toBe('pass');
  });
});

type Expected = 'damaged' | 'truncated' | 'not MP4' | 'no header' | 'unreadable duration' | 'pass';

/** What the worker reads for each verdict kind, and its status. */
const SAYS: Record<Expected, { status: Verdict['status']; text: string }> = {
  damaged: { status: 'fail', text: '文件已损坏' },
  truncated: { status: 'fail', text: '文件不完整' },
  'not MP4': { status: 'fail', text: '无法识别：这个文件不是视频文件' },
  'no header': { status: 'fail', text: '文件缺少视频信息' },
  'unreadable duration': { status: 'unknown', text: '时长：文件里记录的时长不合理，读不出' },
  pass: { status: 'pass', text: '时长：2秒，小于 3 分钟。' },
};

const verdictText = (v: Verdict) => v.lines.map((l) => `${l.text} ${l.fix ?? ''}`).join('\n');

/** Probes a file through browser-like reads; it must answer within 2 s, and without an exception. */
async function hostile(bytes: Uint8Array): Promise<{ f: FileFacts; v: Verdict; ms: number; reads: number }> {
  const src = fixture('hostile.mp4', bytes, true);
  const t0 = performance.now();
  const f = await probeMp4(src);
  const ms = performance.now() - t0;
  return { f, v: judge(f, MICRO_VIDEO), ms, reads: src.reads };
}

function expectVerdict(r: { f: FileFacts; v: Verdict; ms: number }, expected: Expected) {
  expect(r.ms).toBeLessThan(2000);
  expect(r.v.status).toBe(SAYS[expected].status);
  expect(verdictText(r.v)).toContain(SAYS[expected].text);
  // A file whose brand says MP4 is never called something else.
  if (r.f.container === 'mp4') expect(verdictText(r.v)).not.toContain('不是 MP4');
}

const mvhd = findBox(VALID, ['moov', 'mvhd']);
const videoStsz = findBox(VALID, ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsz']);
const videoStsd = findBox(VALID, ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsd']);
const firstMdia = findBox(VALID, ['moov', 'trak', 'mdia']);
const retype = (bytes: Uint8Array, at: number, type: string) => {
  const out = new Uint8Array(bytes);
  out.set(Uint8Array.from(type, (c) => c.charCodeAt(0)), at + 4);
  return out;
};

const CASES: { name: string; make: () => Uint8Array; expected: Expected; why: string }[] = [
  { name: 'box storm: ftyp and 10,000 empty boxes', make: () => boxStorm(10_000), expected: 'damaged', why: 'more top-level boxes than any video has' },
  { name: 'box storm: ftyp and 100,000 empty boxes', make: () => boxStorm(100_000), expected: 'damaged', why: 'the same, ten times over' },
  {
    name: 'box storm: ftyp and 10,000 boxes of 1,000 bytes',
    make: () => boxStorm(10_000, 1000),
    expected: 'damaged',
    why: 'a 10 MB storm read 256 KiB at a time',
  },
  { name: 'mdat declaring 1 GB in a file of 40 bytes', make: () => concat(ftyp(), header(1_000_000_000, 'mdat')), expected: 'truncated', why: 'a cut-off download: the media box runs past the end' },
  { name: 'an unknown box declaring 1 GB', make: () => concat(ftyp(), header(1_000_000_000, 'zq!x'), randomBytes(64, 1)), expected: 'damaged', why: 'no real file has that box: garbage, not a cut' },
  { name: 'ftyp declaring more than the file', make: () => concat(u32(4096), ftyp().subarray(4)), expected: 'truncated', why: 'cut inside its first box; the brand is still readable' },
  { name: 'moov declaring past the end', make: () => withU32(VALID, 32, 0x00ffffff), expected: 'truncated', why: 'the header runs past the end' },
  { name: 'honest 64-bit sizes', make: () => rebuild(VALID, { mdat: (b) => largeBox('mdat', b.subarray(8)) }), expected: 'pass', why: 'size field 1 and a true 64-bit size is how files over 4 GB are written' },
  { name: '64-bit size of 2^63', make: () => concat(ftyp(), largeHeader(2n ** 63n, 'mdat')), expected: 'damaged', why: 'no file is that large' },
  { name: '64-bit size smaller than its header', make: () => concat(ftyp(), largeHeader(8n, 'mdat'), new Uint8Array(64)), expected: 'damaged', why: 'a box cannot be smaller than its header' },
  { name: '64-bit size of 5 GB in a small file', make: () => concat(ftyp(), moovOf(VALID), largeHeader(5_000_000_000n, 'mdat'), new Uint8Array(100)), expected: 'truncated', why: 'a cut-off copy of a large recording' },
  { name: '64-bit size field cut off by the end', make: () => concat(ftyp(), moovOf(VALID), u32(1), Uint8Array.from('mdat', (c) => c.charCodeAt(0))), expected: 'truncated', why: 'cut inside the header of the last box' },
  { name: 'zero timescale', make: () => withTimes(VALID, 0), expected: 'unreadable duration', why: 'a duration in ticks of 0 per second means nothing' },
  { name: '0xFFFFFFFF timescale', make: () => withTimes(VALID, 0xffffffff), expected: 'unreadable duration', why: 'read as 0 s before: a pass' },
  { name: 'zero timescale in the movie header only', make: () => withU32(VALID, mvhd.start + 20, 0), expected: 'unreadable duration', why: 'the tracks are not trusted over a broken movie header' },
  { name: 'a duration of 49 days', make: () => withTimes(VALID, 1000, 0xfffffffe), expected: 'unreadable duration', why: 'no phone records that in one file' },
  { name: 'a duration of 11 microseconds', make: () => withTimes(VALID, 90_000, 1), expected: 'unreadable duration', why: 'shorter than one frame' },
  { name: 'random bytes', make: () => randomBytes(4096, 7), expected: 'not MP4', why: 'nothing at its start is a box' },
  { name: 'a valid ftyp followed by garbage', make: () => concat(ftyp(), randomBytes(4096, 8)), expected: 'damaged', why: 'an MP4 brand, then nothing readable' },
  { name: 'a file cut right after its header', make: () => concat(ftyp(), moovOf(VALID)), expected: 'truncated', why: 'whole boxes, but no media data' },
  { name: 'a file cut in its media data', make: () => VALID.subarray(0, 3000), expected: 'truncated', why: 'the mdat box runs past the end' },
  { name: 'a moov box with no track', make: () => retype(retype(VALID, 148, 'free'), 887, 'free'), expected: 'damaged', why: 'nothing to play' },
  { name: 'a track without its media box', make: () => retype(VALID, firstMdia.start, 'xdia'), expected: 'damaged', why: 'a broken track is not a track of another kind' },
  { name: 'a moov box that is garbage inside', make: () => concat(VALID.subarray(0, 40), randomBytes(1698, 9), VALID.subarray(1738)), expected: 'damaged', why: 'the header cannot be read' },
  {
    name: 'stsz declaring 4 billion samples of a fixed size',
    make: () => withU32(withU32(VALID, videoStsz.start + 12, 2), videoStsz.start + 16, 0xffffffff),
    expected: 'pass',
    why: 'mp4box built one object per sample and crashed; the sample tables are not needed',
  },
  { name: 'stsd declaring 4 billion sample descriptions', make: () => withU32(VALID, videoStsd.start + 12, 0xffffffff), expected: 'pass', why: 'the entries that fit are counted, not the count' },
  { name: 'stsd declaring no sample description', make: () => withU32(VALID, videoStsd.start + 12, 0), expected: 'damaged', why: 'a video track that cannot say what its samples are' },
  {
    name: 'a moov box holding 100,000 empty boxes',
    make: () => rebuild(VALID, { moov: (b) => box('moov', b.subarray(8), repeat(header(8, 'free'), 100_000)) }),
    expected: 'pass',
    why: 'a storm inside the header is walked in memory',
  },
  { name: 'an empty file', make: () => new Uint8Array(0), expected: 'not MP4', why: 'nothing to read' },
];

describe('hostile files: a sensible verdict within 2 s, never an exception', () => {
  for (const c of CASES)
    it(`${c.name} → ${c.expected} (${c.why})`, async () => {
      const r = await hostile(c.make());
      expectVerdict(r, c.expected);
    });

  it('a box storm costs one read of the file, not one per box', async () => {
    const r = await hostile(boxStorm(20_000));
    expect(r.reads).toBe(1);
    expect(r.f).toMatchObject({ container: 'mp4', brand: 'isom', problem: 'damaged' });
  });

  it('every cut of a real file fails, and none is called not MP4 once its brand is in', async () => {
    let slowest = 0;
    for (let n = 0; n < VALID.length; n++) {
      const t0 = performance.now();
      const f = await probeMp4(fixture('cut.mp4', VALID.subarray(0, n)));
      slowest = Math.max(slowest, performance.now() - t0);
      const v = judge(f, MICRO_VIDEO);
      expect(v.status, `cut at ${n}`).toBe('fail');
      if (n < 8) expect(f.problem).toBe('not-media');
      else expect(['truncated', 'damaged', 'no-header'], `cut at ${n}`).toContain(f.problem);
      if (n >= 12) expect(verdictText(v), `cut at ${n}`).not.toContain('不是 MP4');
    }
    expect(slowest).toBeLessThan(2000);
  });

  it('random bytes of any length are never a pass, and are never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 5000 }), async (bytes) => {
        const f = await probeMp4(fixture('random.mp4', bytes));
        expect(judge(f, MICRO_VIDEO).status).toBe('fail');
      }),
      { numRuns: 300 },
    );
  });

  it('garbage after a valid ftyp is never a pass, and never called not MP4', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 5000 }), async (garbage) => {
        const f = await probeMp4(fixture('garbage.mp4', concat(ftyp(), garbage)));
        const v = judge(f, MICRO_VIDEO);
        expect(v.status).toBe('fail');
        expect(f.container).toBe('mp4');
        expect(verdictText(v)).not.toContain('不是 MP4');
      }),
      { numRuns: 300 },
    );
  });
});

describe('durationOf: impossible durations are unreadable, never a pass', () => {
  const video = { handler: 'vide', times: { timescale: 1000, duration: 2000 } };
  const movie = (m: Partial<MovieHeader> & Pick<MovieHeader, 'movie'>): MovieHeader => ({ tracks: [video], ...m });
  it('takes the movie header', () => expect(durationOf(movie({ movie: { timescale: 600, duration: 1200 } }))).toEqual({ seconds: 2 }));
  it('takes a fragmented movie’s total when the header states none', () =>
    expect(durationOf(movie({ movie: { timescale: 1000 }, fragmentDuration: 95_000 }))).toEqual({ seconds: 95 }));
  it('takes the longest track when neither is stated', () => expect(durationOf(movie({ movie: { timescale: 1000 } }))).toEqual({ seconds: 2 }));
  it('says nothing when nothing is stated', () => expect(durationOf(movie({ movie: { timescale: 1000 }, tracks: [] }))).toEqual({}));
  it('a timescale of 0 or above 10^9 is impossible', () => {
    expect(durationOf(movie({ movie: { timescale: 0, duration: 2000 } }))).toEqual({ impossible: true });
    expect(durationOf(movie({ movie: { timescale: 0xffffffff, duration: 0xffffffff } }))).toEqual({ impossible: true });
  });
  it('a duration under a hundredth of a second or over a day is impossible', () => {
    expect(durationOf(movie({ movie: { timescale: 1000, duration: 9 } }))).toEqual({ impossible: true });
    expect(durationOf(movie({ movie: { timescale: 1, duration: 86_401 } }))).toEqual({ impossible: true });
    expect(durationOf(movie({ movie: { timescale: 1, duration: 86_400 } }))).toEqual({ seconds: 86_400 });
  });
  it('reads "all ones" (cannot be determined) as not stated', () => {
    const h = readMovieHeader(moovOf(withTimes(VALID, 1000, 0xffffffff)))!;
    expect(h.movie).toEqual({ timescale: 1000 });
    expect(durationOf(h)).toEqual({});
  });
});
