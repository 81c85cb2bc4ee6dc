// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { SubmissionRules } from '../../schemas';
import { formatFull } from '../formats/text';

/**
 * The file pre-check's rules: what a sub-project's submission rules allow, and the verdict
 * on what the browser read from a chosen file. Pure: the reading is src/lib/precheck/mp4probe.ts,
 * the page only shows the verdict.
 */

/**
 * "文件小于 50MB" is read strictly: 1 MB = 1,000,000 bytes, so 50MB = 50,000,000 bytes.
 * A file that passes under this reading also passes where a platform counts
 * 1 MB = 1,048,576 bytes (as Windows shows sizes); the reverse does not hold.
 */
export const BYTES_PER_MB = 1_000_000;
/** How Windows and many phones count a "MB"; used only to explain sizes. */
export const BYTES_PER_MIB = 1_048_576;

/** What a file must meet: derived from the content data, serialised into the page. */
export interface FileLimits {
  /** Upper-case format names as printed: ["MP4"]. */
  formats: string[];
  /** Strictly less than, as printed (时长小于 3 分钟). */
  maxDurationSeconds?: number;
  /** Strictly less than, as printed (文件小于 50MB), in bytes. */
  maxSizeBytes?: number;
  /** The printed figure, for messages (50). */
  maxSizeMB?: number;
  /** Requirements no program can check (画面清晰 …), shown as a reminder. */
  manual: string[];
}

/**
 * The durations a video file can have, in seconds: from one hundredth of a second (a single frame
 * lasts longer) to a day (no phone or camera records one file longer). A header stating a duration
 * outside this range is damaged: 0xFFFFFFFF ticks a second made a 2-second file read "0秒".
 */
export const PLAUSIBLE_SECONDS = { min: 0.01, max: 24 * 3600 } as const;

/** Formats whose container the pre-check can read. */
export const READABLE_FORMATS = ['MP4'] as const;

/** The limits a sub-project's rules set, or undefined when there is nothing a program can check. */
export function fileLimits(rules: SubmissionRules): FileLimits | undefined {
  const formats = (rules.formats ?? []).map((f) => f.trim().toUpperCase());
  const checkableFormat = formats.some((f) => (READABLE_FORMATS as readonly string[]).includes(f));
  if (!checkableFormat && rules.maxDurationSeconds === undefined && rules.maxSizeMB === undefined) return undefined;
  return {
    formats,
    maxDurationSeconds: rules.maxDurationSeconds,
    maxSizeBytes: rules.maxSizeMB === undefined ? undefined : Math.round(rules.maxSizeMB * BYTES_PER_MB),
    maxSizeMB: rules.maxSizeMB,
    manual: rules.requirements ?? [],
  };
}

/** What the container says the file is. */
export type Container = 'mp4' | 'mov' | '3gp' | 'audio' | 'image' | 'other-iso' | 'not-media';

/** A reason the file could not be read fully. */
export type ReadProblem = 'not-media' | 'truncated' | 'damaged' | 'no-header' | 'header-too-large' | 'timeout' | 'read-error';

/** What the browser read from the file (src/lib/precheck/mp4probe.ts). */
export interface FileFacts {
  name: string;
  size: number;
  container: Container;
  /** The ftyp major brand, e.g. "isom", "qt  ". */
  brand?: string;
  problem?: ReadProblem;
  /** For truncated files: the size the boxes declare. */
  declaredSize?: number;
  hasVideo?: boolean;
  hasAudio?: boolean;
  durationSeconds?: number;
  /** The header states a duration no file can have (timescale 0, say): unreadable, never a pass. */
  durationImpossible?: boolean;
}

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';
export type CheckKey = 'file' | 'format' | 'video' | 'duration' | 'size';

export interface CheckLine {
  key: CheckKey;
  status: CheckStatus;
  /** One sentence: what was found. */
  text: string;
  /** What to do about it. */
  fix?: string;
}

export interface Verdict {
  /** pass: meets every rule a program can check; fail: at least one is broken; unknown: could not tell. */
  status: 'pass' | 'fail' | 'unknown';
  summary: string;
  lines: CheckLine[];
  /** Rules the worker checks by eye (画面清晰 …). */
  manual: string[];
}

const group = (n: number) => formatFull(Math.round(n));

/** 5133 → "5,133 字节（不到 0.01 MB）"; sizes in the site's MB (1,000,000 bytes). */
export function formatSize(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  if (mb < 0.01) return `${group(bytes)} 字节（不到 0.01 MB）`;
  return `${group(bytes)} 字节（约 ${mb >= 10 ? mb.toFixed(1) : mb.toFixed(2)} MB）`;
}

/** 2 → "2秒", 240 → "4分0秒", 179.5 → "2分59.5秒", 180.04 → "3分0.04秒"; never rounds up across a limit. */
export function formatDuration(seconds: number): string {
  const hundredths = Math.floor(seconds * 100 + 1e-6);
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  const min = Math.floor(whole / 60);
  const sec = whole % 60;
  const s = frac === 0 ? `${sec}` : `${sec}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return min > 0 ? `${min}分${s}秒` : `${s}秒`;
}

/** The printed limit in words: 180 → "3 分钟", 90 → "1分30秒". */
export function formatLimit(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} 分钟` : formatDuration(seconds);
}

const extension = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

const CONTAINER_NAME: Record<Exclude<Container, 'mp4'>, string> = {
  mov: 'MOV（QuickTime）视频',
  '3gp': '3GP 视频（一些旧手机的录像格式）',
  audio: 'M4A 音频',
  image: 'HEIF/AVIF 图片',
  'other-iso': '一种不常见的 MP4 变体',
  'not-media': '无法识别的文件',
};

const EXPORT_MP4 = '用手机相册、剪映等剪辑软件把视频“导出”或“另存为” MP4 格式（H.264 编码）后再检查。';

function fileLine(f: FileFacts): CheckLine | undefined {
  switch (f.problem) {
    case undefined:
      return undefined;
    case 'not-media':
      return {
        key: 'file',
        status: 'fail',
        text: '无法识别：这个文件不是视频文件（文件开头没有 MP4 视频的标记）。',
        fix: '请选择手机或相机录制、或剪辑软件导出的视频文件。',
      };
    case 'truncated':
      return {
        key: 'file',
        status: 'fail',
        text: `文件不完整：文件只有 ${group(f.size)} 字节${f.declaredSize ? `，按文件内部记录应有 ${group(f.declaredSize)} 字节` : ''}，可能没有下载或复制完。`,
        fix: '从原处重新复制、下载或导出完整的文件，再来检查。',
      };
    case 'damaged':
      return {
        key: 'file',
        status: 'fail',
        text: '文件已损坏：文件内部的结构不正确，读不出视频信息。',
        fix: '从原处重新复制或导出视频，再来检查。',
      };
    case 'no-header':
      return {
        key: 'file',
        status: 'fail',
        text: '文件缺少视频信息（没有 moov 信息块），播放器无法播放，可能是录制中断或没有保存完。',
        fix: '重新导出视频，再来检查。',
      };
    case 'header-too-large':
      return {
        key: 'file',
        status: 'unknown',
        text: '文件的视频信息部分太大，本页不读取，无法检查格式和时长。',
        fix: '请用电脑上的播放器查看时长，确认小于规定时长。',
      };
    case 'timeout':
      return {
        key: 'file',
        status: 'unknown',
        text: '读取文件超时，没有完成检查。',
        fix: '把文件保存到手机或电脑本机后再选择一次。',
      };
    case 'read-error':
      return {
        key: 'file',
        status: 'unknown',
        text: '浏览器无法读取这个文件，没有完成检查。',
        fix: '把文件保存到手机或电脑本机后再选择一次。',
      };
  }
}

function formatLine(f: FileFacts, limits: FileLimits): CheckLine | undefined {
  if (!limits.formats.includes('MP4')) return undefined;
  if (f.problem === 'not-media') return undefined; // said once in the file line
  if (f.container === 'mp4') {
    const ext = extension(f.name);
    if (ext !== 'mp4')
      return {
        key: 'format',
        status: 'warn',
        text: `格式：文件内容是 MP4，但文件名的扩展名是“.${ext || '（无）'}”。`,
        fix: '提交前把文件名的扩展名改为 .mp4。',
      };
    return { key: 'format', status: 'pass', text: '格式：MP4（按文件内容判断，不只看文件名）。' };
  }
  // Nothing in the file said what it is (no ftyp box could be read): a damaged or cut-off file is
  // not called "not MP4", since its beginning may be all that is wrong.
  if (f.container === 'not-media') return { key: 'format', status: 'unknown', text: '格式：未能确认。' };
  const renamed = extension(f.name) === 'mp4' ? '，只是文件名改成了 .mp4（改扩展名不会改变格式）' : '';
  return {
    key: 'format',
    status: 'fail',
    text: `格式：这是${CONTAINER_NAME[f.container]}${renamed}，不是 MP4。`,
    fix: EXPORT_MP4,
  };
}

function videoLine(f: FileFacts, limits: FileLimits): CheckLine | undefined {
  if (!limits.formats.includes('MP4') || f.hasVideo !== false) return undefined;
  return {
    key: 'video',
    status: 'fail',
    text: f.hasAudio ? '画面：文件里没有视频画面，只有声音。' : '画面：文件里没有视频画面。',
    fix: '请提交有画面的视频文件；录音需要配上画面制作成视频。',
  };
}

function durationLine(f: FileFacts, limits: FileLimits): CheckLine | undefined {
  const max = limits.maxDurationSeconds;
  if (max === undefined) return undefined;
  const limit = formatLimit(max);
  const d = f.durationSeconds;
  if (d === undefined || !Number.isFinite(d) || d < PLAUSIBLE_SECONDS.min || d > PLAUSIBLE_SECONDS.max) {
    // A file with no video, or one the file line already rejects or cannot read, needs no
    // second line about its duration: the file line says what to do.
    if (f.hasVideo === false || f.problem !== undefined) return undefined;
    if (f.durationImpossible || d !== undefined)
      return {
        key: 'duration',
        status: 'unknown',
        text: `时长：文件里记录的时长不合理，读不出，无法确认是否小于 ${limit}。文件可能已损坏。`,
        fix: `请重新导出视频后再检查；如果仍然读不出，请在手机相册或播放器里查看时长，确认小于 ${limit}。`,
      };
    return {
      key: 'duration',
      status: 'unknown',
      text: `时长：读不出，无法确认是否小于 ${limit}。`,
      fix: `请在手机相册或播放器里查看时长，确认小于 ${limit}。`,
    };
  }
  if (d < max) return { key: 'duration', status: 'pass', text: `时长：${formatDuration(d)}，小于 ${limit}。` };
  if (d === max)
    return {
      key: 'duration',
      status: 'fail',
      text: `时长：正好 ${limit}。规则要求“小于 ${limit}”，正好 ${limit}不符合。`,
      fix: '剪掉至少 1 秒。',
    };
  return {
    key: 'duration',
    status: 'fail',
    text: `时长：${formatDuration(d)}，超过了规定（小于 ${limit}）。`,
    fix: `剪短到 ${limit}以内，至少剪掉 ${formatDuration(Math.floor(d - max) + 1)}。`,
  };
}

function sizeLine(f: FileFacts, limits: FileLimits): CheckLine | undefined {
  const max = limits.maxSizeBytes;
  if (max === undefined) return undefined;
  const mb = `${limits.maxSizeMB}MB`;
  if (f.size < max) return { key: 'size', status: 'pass', text: `大小：${formatSize(f.size)}，小于 ${mb}。` };
  const windows = f.size < (limits.maxSizeMB ?? 0) * BYTES_PER_MIB ? `（Windows 等按 1 MB = 1,048,576 字节计算，会显示约 ${(f.size / BYTES_PER_MIB).toFixed(1)} MB）` : '';
  return {
    key: 'size',
    status: 'fail',
    text: `大小：${formatSize(f.size)}${windows}，不小于 ${mb}（${group(max)} 字节）。`,
    fix: '降低分辨率（如 720p）或码率后重新导出，或剪短视频。',
  };
}

const KEY_NAME: Partial<Record<CheckKey, string>> = { format: '格式', duration: '时长', size: '大小' };

/** "格式、时长和大小": the rules this verdict checked. */
function checkedNames(lines: CheckLine[]): string {
  const names = lines.flatMap((l) => (KEY_NAME[l.key] ? [KEY_NAME[l.key]!] : []));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

/** The verdict on one file: every rule a program can check, each with what to fix. */
export function judge(f: FileFacts, limits: FileLimits): Verdict {
  const lines = [fileLine(f), formatLine(f, limits), videoLine(f, limits), durationLine(f, limits), sizeLine(f, limits)].filter(
    (l): l is CheckLine => l !== undefined,
  );
  const failed = lines.filter((l) => l.status === 'fail').length;
  const unknown = lines.some((l) => l.status === 'unknown');
  const status = failed > 0 ? 'fail' : unknown ? 'unknown' : 'pass';
  const summary =
    status === 'fail'
      ? `这个文件不符合要求：有 ${failed} 处需要修改。`
      : status === 'unknown'
        ? '没能完成全部检查：请看下面的说明。'
        : `这个文件符合${checkedNames(lines)}的要求。`;
  return { status, summary, lines, manual: limits.manual };
}
