// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { PLAUSIBLE_SECONDS, type Container, type FileFacts, type ReadProblem } from './rules';

/**
 * Reads what an MP4 (ISO base media) or QuickTime file says about itself without reading the
 * media data: the top-level box headers, the ftyp box (brands) and, inside the moov box, only
 * the boxes that tell the tracks' kinds and the duration (mvhd, mehd, trak/mdia/mdhd, hdlr, stsd).
 * It runs in the browser (File.slice) and in Node tests through ByteSource, always resolves
 * with a ReadProblem instead of an exception, and never waits longer than `timeoutMs`.
 *
 * Reading in chunks: a browser read (File.slice().arrayBuffer()) costs about a millisecond
 * whatever its length, so the file is read 256 KiB at a time and every box header inside the
 * chunk in hand costs nothing. One read per box made a file of 10,000 small boxes take 9–10 s
 * in Chromium and end in a timeout; now it is one read. A 50 MB video costs one to three reads:
 * the chunk at the start, a jump over the media data (mdat) to a moov box at the end, and that
 * box again if it is larger than a chunk.
 *
 * Parsing our own way: every loop below walks through bytes it was given, so no number a file
 * declares can make it spin. mp4box, used here before, builds one object per sample from the
 * sample tables, which the pre-check never needs: a 20-byte stsz box declaring 8.6 million
 * samples of a fixed size (what a 3-minute 48 kHz PCM sound track declares) took 14 s and
 * 2.4 GB, and one declaring 4 billion crashed Node, all synchronously, where no timeout can stop
 * it. It also counted a video track as video only if it knew the codec; the handler type (hdlr)
 * is what says a track is video.
 */

export interface ByteSource {
  size: number;
  name: string;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface ProbeOptions {
  /** The largest moov box read; a 3-minute phone video's is well under 1 MB. */
  maxHeaderBytes?: number;
  /** Top-level boxes walked before calling the file damaged (a real file has a handful; a fragmented one, a few hundred). */
  maxBoxes?: number;
  /** Bytes read at once. */
  chunkBytes?: number;
  timeoutMs?: number;
}

const DEFAULTS: Required<ProbeOptions> = { maxHeaderBytes: 16 * 1024 * 1024, maxBoxes: 10_000, chunkBytes: 256 * 1024, timeoutMs: 10_000 };

/** Top-level box types a QuickTime or ISO file may start with. */
const FIRST_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'styp', 'sidx', 'uuid']);
/** Top-level box types of real files: one of these cut off by the end of the file is a cut-off file; anything else, garbage. */
const TOP_BOXES = new Set([...FIRST_BOXES, 'moof', 'mfra', 'meta', 'pdin', 'emsg', 'prft', 'ssix', 'PICT']);
/** No file a phone or computer makes declares more (1 TiB); a larger declared size is garbage, not a cut-off file. */
const MAX_DECLARED_BYTES = 2 ** 40;
/** The most clock ticks a second a header may state: a nanosecond clock. Finer ones are not used; 0xFFFFFFFF is a damaged field. */
const MAX_TIMESCALE = 1_000_000_000;

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

const printable = (b: Uint8Array, at: number) => {
  for (let i = at; i < at + 4; i++) if (b[i]! < 0x20 || b[i]! > 0x7e) return false;
  return true;
};
const fourcc = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
/** A 64-bit number; past 2^53 it loses precision, and the callers reject such sizes anyway. */
const u64 = (b: Uint8Array, at: number) => u32(b, at) * 2 ** 32 + u32(b, at + 4);

/** One box: its type, where it starts, where its content starts and where it ends. */
interface Box {
  type: string;
  start: number;
  body: number;
  end: number;
}

/** Serves reads from the chunk in hand; reads a new chunk only for bytes outside it. */
class ChunkReader {
  private start = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  constructor(
    private readonly src: ByteSource,
    private readonly chunk: number,
  ) {}

  /** `length` bytes from `offset`, or fewer where the file ends. */
  async get(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(this.src.size, offset + length);
    if (end <= offset) return new Uint8Array(0);
    if (offset >= this.start && end <= this.start + this.bytes.length)
      return this.bytes.subarray(offset - this.start, end - this.start);
    const want = Math.max(end - offset, Math.min(this.chunk, this.src.size - offset));
    const got = await this.src.read(offset, want);
    // A read that stops short of the file's end is the browser's failure, not the file's.
    if (got.length < end - offset) throw new ReadFailed();
    this.start = offset;
    this.bytes = got;
    return got.subarray(0, end - offset);
  }
}

class ReadFailed extends Error {
  override name = 'NotReadableError';
}

interface Walk {
  boxes: Box[];
  problem?: ReadProblem;
  declaredSize?: number;
  /** The first ftyp box's first bytes, and the first whole moov box: taken while in the chunk in hand. */
  ftyp?: Uint8Array;
  moov?: Uint8Array;
}

/** The top-level boxes, from their headers. */
async function walkBoxes(reader: ChunkReader, size: number, opts: Required<ProbeOptions>): Promise<Walk> {
  const walk: Walk = { boxes: [] };
  const { boxes } = walk;
  const end = (problem: ReadProblem, declaredSize?: number): Walk =>
    Object.assign(walk, { problem }, declaredSize === undefined ? {} : { declaredSize });
  const broken = () => end(boxes.length === 0 ? 'not-media' : 'damaged');
  let offset = 0;
  while (offset < size) {
    if (boxes.length >= opts.maxBoxes) return end('damaged');
    if (size - offset < 8) return broken();
    const h = await reader.get(offset, 16);
    if (!printable(h, 4)) return broken();
    const type = fourcc(h, 4);
    if (boxes.length === 0 && !FIRST_BOXES.has(type)) return broken();
    let boxSize = u32(h, 0);
    let body = offset + 8;
    if (boxSize === 1) {
      if (h.length < 16) return TOP_BOXES.has(type) ? end('truncated', offset + 16) : broken();
      boxSize = u64(h, 8);
      body = offset + 16;
    } else if (boxSize === 0) {
      boxSize = size - offset; // "to the end of the file"
    }
    if (boxSize < body - offset || boxSize > MAX_DECLARED_BYTES) return broken();
    const box = { type, start: offset, body, end: offset + boxSize };
    boxes.push(box);
    // Brands are read even from a cut-off ftyp box: a damaged MP4 is still an MP4.
    if (type === 'ftyp' && !walk.ftyp) walk.ftyp = await reader.get(offset, Math.min(boxSize, 1024));
    if (box.end > size) {
      if (TOP_BOXES.has(type)) return end('truncated', box.end);
      boxes.pop();
      return broken();
    }
    if (type === 'moov' && !walk.moov && boxSize <= opts.maxHeaderBytes) walk.moov = await reader.get(offset, boxSize);
    offset = box.end;
  }
  return walk;
}

/** The boxes inside bytes [from, to) of `b`, up to the first that does not fit. */
function children(b: Uint8Array, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let at = from;
  // Fewer than 8 bytes left is no box: QuickTime ends some lists with a 4-byte zero.
  while (to - at >= 8) {
    let size = u32(b, at);
    let body = at + 8;
    if (size === 1) {
      if (to - at < 16) break;
      size = u64(b, at + 8);
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < body - at || at + size > to) break;
    boxes.push({ type: fourcc(b, at + 4), start: at, body, end: at + size });
    at += size;
  }
  return boxes;
}

const inside = (b: Uint8Array, parent: Box | undefined) => (parent ? children(b, parent.body, parent.end) : []);
const first = (boxes: Box[], type: string) => boxes.find((x) => x.type === type);

/** A time span as a header states it: undefined when not stated (0, or all ones: "cannot be determined"). */
interface Times {
  timescale: number;
  duration?: number;
}

/** The timescale and duration of an mvhd or mdhd box (same layout up to the duration). */
function times(b: Uint8Array, box: Box | undefined): Times | undefined {
  if (!box) return undefined;
  const v = b[box.body];
  if (v === 0 && box.end - box.body >= 20) {
    const d = u32(b, box.body + 16);
    return { timescale: u32(b, box.body + 12), duration: d === 0 || d === 0xffffffff ? undefined : d };
  }
  if (v === 1 && box.end - box.body >= 32) {
    const allOnes = u32(b, box.body + 24) === 0xffffffff && u32(b, box.body + 28) === 0xffffffff;
    const d = u64(b, box.body + 24);
    return { timescale: u32(b, box.body + 20), duration: d === 0 || allOnes ? undefined : d };
  }
  return undefined;
}

/** What the moov box says: the movie's times, a fragmented movie's total, each track's kind and times. */
export interface MovieHeader {
  movie: Times;
  /** mvex/mehd: the whole duration of a fragmented movie, in the movie's timescale. */
  fragmentDuration?: number;
  /** Each track's handler type (vide, soun …) and times. */
  tracks: { handler: string; times: Times }[];
}

/** Reads the moov box (`b` holds the whole box); undefined when what the pre-check needs is missing or broken. */
export function readMovieHeader(b: Uint8Array): MovieHeader | undefined {
  const moov = children(b, 0, b.length)[0];
  if (!moov || moov.type !== 'moov') return undefined;
  const top = inside(b, moov);
  const movie = times(b, first(top, 'mvhd'));
  if (!movie) return undefined;
  const header: MovieHeader = { movie, tracks: [] };
  const mehd = first(inside(b, first(top, 'mvex')), 'mehd');
  if (mehd && mehd.end - mehd.body >= 8) {
    const d = b[mehd.body] === 1 && mehd.end - mehd.body >= 12 ? u64(b, mehd.body + 4) : u32(b, mehd.body + 4);
    if (d > 0) header.fragmentDuration = d;
  }
  for (const trak of top.filter((x) => x.type === 'trak')) {
    const mdia = inside(b, first(inside(b, trak), 'mdia'));
    const mdhd = times(b, first(mdia, 'mdhd'));
    const hdlr = first(mdia, 'hdlr');
    const stsd = first(inside(b, first(inside(b, first(mdia, 'minf')), 'stbl')), 'stsd');
    // A track without these, or without a description of its samples (counted as far as they
    // fit, whatever count the stsd box declares), is a broken track, not a track of another kind.
    if (!mdhd || !hdlr || hdlr.end - hdlr.body < 12 || !stsd || stsd.end - stsd.body < 8) return undefined;
    if (u32(b, stsd.body + 4) === 0 || children(b, stsd.body + 8, stsd.end).length === 0) return undefined;
    header.tracks.push({ handler: fourcc(b, hdlr.body + 8), times: mdhd });
  }
  return header;
}

const validTimescale = (t: number) => t >= 1 && t <= MAX_TIMESCALE;

/**
 * The movie's duration in seconds: the movie header's, else a fragmented movie's total, else the
 * longest track's. `impossible` when the header states one no file can have (a timescale of 0 or
 * above 10^9 ticks a second, or a length outside PLAUSIBLE_SECONDS): a damaged header, never a pass.
 */
export function durationOf(h: MovieHeader): { seconds?: number; impossible?: true } {
  const { timescale, duration } = h.movie;
  if (!validTimescale(timescale)) return { impossible: true };
  let seconds: number | undefined;
  if (duration !== undefined) seconds = duration / timescale;
  else if (h.fragmentDuration !== undefined) seconds = h.fragmentDuration / timescale;
  else {
    const tracks = h.tracks.flatMap((t) => (t.times.duration !== undefined && validTimescale(t.times.timescale) ? [t.times.duration / t.times.timescale] : []));
    if (tracks.length > 0) seconds = Math.max(...tracks);
  }
  if (seconds === undefined) return {};
  return seconds >= PLAUSIBLE_SECONDS.min && seconds <= PLAUSIBLE_SECONDS.max ? { seconds } : { impossible: true };
}

/** The brands of an ftyp box whose first `b.length` bytes are given (the box may be cut off). */
function brandsOf(b: Uint8Array, box: Box): { major: string; compatible: string[] } | undefined {
  const at = box.body - box.start;
  if (b.length < at + 4 || !printable(b, at)) return undefined;
  const compatible: string[] = [];
  for (let i = at + 8; i + 4 <= Math.min(b.length, box.end - box.start); i += 4) if (printable(b, i)) compatible.push(fourcc(b, i));
  return { major: fourcc(b, at), compatible };
}

async function probe(src: ByteSource, opts: Required<ProbeOptions>, facts: FileFacts, reader: ChunkReader): Promise<FileFacts> {
  if (src.size < 8) {
    facts.problem = 'not-media';
    return facts;
  }
  const walk = await walkBoxes(reader, src.size, opts);
  if (walk.problem) facts.problem = walk.problem;
  if (walk.declaredSize !== undefined) facts.declaredSize = walk.declaredSize;

  const ftypBox = first(walk.boxes, 'ftyp');
  const brands = ftypBox && walk.ftyp ? brandsOf(walk.ftyp, ftypBox) : undefined;
  if (brands) {
    facts.brand = brands.major;
    facts.container = containerFromBrands(brands.major, brands.compatible);
  } else if (!ftypBox && walk.boxes.some((x) => x.type === 'moov' || x.type === 'mdat' || x.type === 'wide')) {
    // QuickTime files made before ftyp existed start with moov, mdat or wide.
    facts.container = 'mov';
  }

  const moovBox = first(walk.boxes, 'moov');
  if (!moovBox) {
    facts.problem ??= 'no-header';
    return facts;
  }
  if (moovBox.end > src.size) return facts; // cut off: reported as truncated
  if (!walk.moov) {
    facts.problem ??= 'header-too-large';
    return facts;
  }
  const header = readMovieHeader(walk.moov);
  if (!header || header.tracks.length === 0) {
    facts.problem ??= 'damaged';
    return facts;
  }
  // Whole boxes but no media data: a file cut exactly after its header (the walk cannot see a
  // cut that falls between two boxes). Players find nothing to play.
  if (!walk.boxes.some((x) => x.type === 'mdat')) facts.problem ??= 'truncated';
  facts.hasVideo = header.tracks.some((t) => t.handler === 'vide');
  facts.hasAudio = header.tracks.some((t) => t.handler === 'soun');
  const d = durationOf(header);
  if (d.seconds !== undefined) facts.durationSeconds = d.seconds;
  if (d.impossible) facts.durationImpossible = true;
  return facts;
}

/** Reads what a file is; always resolves, with a ReadProblem instead of an exception. */
export async function probeMp4(src: ByteSource, options: ProbeOptions = {}): Promise<FileFacts> {
  const opts = { ...DEFAULTS, ...options };
  const facts: FileFacts = { name: src.name, size: src.size, container: 'not-media' };
  const reader = new ChunkReader(src, opts.chunkBytes);
  // What was learnt so far (the brand, say) stays in the answer when a read fails or times out.
  const answer = (problem?: ReadProblem): FileFacts => (problem ? { ...facts, problem } : { ...facts });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FileFacts>((resolve) => {
    timer = setTimeout(() => resolve(answer('timeout')), opts.timeoutMs);
  });
  const work = probe(src, opts, facts, reader).then(
    () => answer(),
    // A read that failed is the browser's doing; anything else is the file's.
    (e: unknown) => answer(e instanceof DOMException || (e instanceof Error && e.name === 'NotReadableError') ? 'read-error' : 'damaged'),
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
