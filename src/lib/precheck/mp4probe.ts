import { createFile, Log, MP4BoxBuffer, type Movie } from 'mp4box';
import type { Container, FileFacts, ReadProblem } from './rules';

/**
 * Reads what an MP4 (ISO base media) file says about itself without reading the file:
 * the top-level box headers (16 bytes each), the ftyp box and the moov box, which holds
 * the tracks and the duration. mp4box parses the moov box. The media data (mdat, nearly
 * the whole file) is never read, so a 50 MB video costs a few KB of reading, and a
 * truncated or random file is found out from its box sizes. Every failure becomes a
 * ReadProblem; this function never throws and never waits longer than `timeoutMs`.
 * It runs in the browser (File.slice) and in Node tests (fs reads) through ByteSource.
 */

export interface ByteSource {
  size: number;
  name: string;
  /** Up to `length` bytes from `offset`. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ProbeOptions {
  /** The largest moov box read; a 3-minute phone video's is well under 1 MB. */
  maxHeaderBytes?: number;
  /** Top-level boxes walked before giving up (a real file has a handful). */
  maxBoxes?: number;
  timeoutMs?: number;
}

const DEFAULTS: Required<ProbeOptions> = { maxHeaderBytes: 16 * 1024 * 1024, maxBoxes: 10_000, timeoutMs: 10_000 };

/** Top-level box types a QuickTime or ISO file may start with. */
const FIRST_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'styp', 'sidx', 'uuid']);

const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9',
  'mp41', 'mp42', 'mp71', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'dash', 'msnv', 'MSNV', 'XAVC', 'mmp4', 'f4v ', 'F4V ',
]);
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);

/** What the ftyp brands say the file is. */
export function containerFromBrands(major: string, compatible: readonly string[]): Container {
  if (major === 'qt  ') return 'mov';
  if (major.startsWith('3g')) return '3gp';
  if (AUDIO_BRANDS.has(major)) return 'audio';
  if (IMAGE_BRANDS.has(major)) return 'image';
  if (MP4_BRANDS.has(major) || compatible.some((b) => MP4_BRANDS.has(b))) return 'mp4';
  return 'other-iso';
}

const printable = (b: Uint8Array) => b.every((c) => c >= 0x20 && c <= 0x7e);
const fourcc = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

interface BoxHeader {
  type: string;
  start: number;
  size: number;
}

type Walk =
  | { ok: true; boxes: BoxHeader[] }
  | { ok: false; problem: ReadProblem; boxes: BoxHeader[]; declaredSize?: number };

/** The top-level boxes, from their 8- or 16-byte headers only. */
async function walkBoxes(src: ByteSource, maxBoxes: number): Promise<Walk> {
  const boxes: BoxHeader[] = [];
  if (src.size < 8) return { ok: false, problem: 'not-media', boxes };
  let offset = 0;
  while (offset < src.size) {
    if (boxes.length >= maxBoxes) return { ok: false, problem: 'damaged', boxes };
    if (src.size - offset < 8)
      return boxes.length === 0 ? { ok: false, problem: 'not-media', boxes } : { ok: false, problem: 'damaged', boxes };
    const h = await src.read(offset, 16);
    if (h.length < 8) return { ok: false, problem: 'read-error', boxes };
    const type = fourcc(h, 4);
    if (!printable(h.subarray(4, 8)) || (boxes.length === 0 && !FIRST_BOXES.has(type)))
      return { ok: false, problem: boxes.length === 0 ? 'not-media' : 'damaged', boxes };
    let size = u32(h, 0);
    let headerSize = 8;
    if (size === 1) {
      if (h.length < 16) return { ok: false, problem: 'truncated', boxes, declaredSize: offset + 16 };
      size = u32(h, 8) * 2 ** 32 + u32(h, 12);
      headerSize = 16;
    } else if (size === 0) {
      size = src.size - offset; // "to the end of the file"
    }
    if (size < headerSize || !Number.isSafeInteger(size))
      return { ok: false, problem: boxes.length === 0 ? 'not-media' : 'damaged', boxes };
    boxes.push({ type, start: offset, size });
    if (offset + size > src.size) return { ok: false, problem: 'truncated', boxes, declaredSize: offset + size };
    offset += size;
  }
  return { ok: true, boxes };
}

// mp4box reports boxes it does not know (QuickTime tags such as ©swr) through Log.error,
// i.e. console.error. They are not errors of the file: keep them out of the console.
const quiet = () => undefined;
Log.error = quiet;
Log.warn = quiet;

/** Tracks and duration from the ftyp and moov boxes, re-laid end to end for mp4box. */
function parseHeader(ftyp: Uint8Array | undefined, moov: Uint8Array): Movie | undefined {
  const bytes = new Uint8Array((ftyp?.length ?? 0) + moov.length);
  if (ftyp) bytes.set(ftyp, 0);
  bytes.set(moov, ftyp?.length ?? 0);
  const file = createFile();
  let info: Movie | undefined;
  let failed = false;
  file.onReady = (i) => {
    info = i;
  };
  file.onError = () => {
    failed = true;
  };
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(bytes.buffer, 0));
  file.flush();
  return failed ? undefined : info;
}

function durationOf(info: Movie): number | undefined {
  if (info.duration > 0 && info.timescale > 0) return info.duration / info.timescale;
  const frag = info.fragment_duration;
  if (frag && frag.num > 0 && frag.den > 0) return frag.num / frag.den;
  const tracks = info.tracks.filter((t) => t.duration > 0 && t.timescale > 0).map((t) => t.duration / t.timescale);
  return tracks.length > 0 ? Math.max(...tracks) : undefined;
}

async function probe(src: ByteSource, opts: Required<ProbeOptions>): Promise<FileFacts> {
  const facts: FileFacts = { name: src.name, size: src.size, container: 'not-media' };
  const walk = await walkBoxes(src, opts.maxBoxes);
  if (!walk.ok) {
    facts.problem = walk.problem;
    if (walk.declaredSize !== undefined) facts.declaredSize = walk.declaredSize;
  }
  if (walk.boxes.length === 0) return facts;

  const ftypBox = walk.boxes.find((b) => b.type === 'ftyp');
  let ftyp: Uint8Array | undefined;
  if (ftypBox && ftypBox.start + ftypBox.size <= src.size && ftypBox.size <= 4096) {
    ftyp = await src.read(ftypBox.start, ftypBox.size);
    if (ftyp.length >= 16) {
      const major = fourcc(ftyp, 8);
      const compatible: string[] = [];
      for (let at = 16; at + 4 <= ftyp.length; at += 4) compatible.push(fourcc(ftyp, at));
      facts.brand = major;
      facts.container = containerFromBrands(major, compatible);
    }
  } else if (!ftypBox) {
    // QuickTime files made before ftyp existed start with moov, mdat or wide.
    facts.container = 'mov';
  }

  const moovBox = walk.boxes.find((b) => b.type === 'moov');
  if (!moovBox) {
    facts.problem ??= 'no-header';
    return facts;
  }
  if (moovBox.start + moovBox.size > src.size) return facts; // cut off: reported as truncated
  if (moovBox.size > opts.maxHeaderBytes) {
    facts.problem ??= 'header-too-large';
    return facts;
  }
  const moov = await src.read(moovBox.start, moovBox.size);
  const info = parseHeader(ftyp, moov);
  if (!info || info.tracks.length === 0) {
    facts.problem ??= 'damaged';
    return facts;
  }
  facts.hasVideo = info.videoTracks.length > 0;
  facts.hasAudio = info.audioTracks.length > 0;
  const d = durationOf(info);
  if (d !== undefined) facts.durationSeconds = d;
  return facts;
}

/** Reads what a file is; always resolves, with a ReadProblem instead of an exception. */
export async function probeMp4(src: ByteSource, options: ProbeOptions = {}): Promise<FileFacts> {
  const opts = { ...DEFAULTS, ...options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FileFacts>((resolve) => {
    timer = setTimeout(() => resolve({ name: src.name, size: src.size, container: 'not-media', problem: 'timeout' }), opts.timeoutMs);
  });
  const work = probe(src, opts).catch(
    (e: unknown): FileFacts => ({
      name: src.name,
      size: src.size,
      container: 'not-media',
      // A read that failed is the browser's doing; anything else is the file's.
      problem: e instanceof DOMException || (e instanceof Error && e.name === 'NotReadableError') ? 'read-error' : 'damaged',
    }),
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A ByteSource over a browser File (or Blob with a name). */
export function fileSource(file: Blob & { name: string }): ByteSource {
  return {
    size: file.size,
    name: file.name,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, Math.min(file.size, offset + length)).arrayBuffer()),
  };
}
