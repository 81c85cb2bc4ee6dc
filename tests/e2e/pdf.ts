import { execFileSync } from 'node:child_process';

/**
 * Reading a printed PDF back with poppler-utils (Debian's package, installed by
 * scripts/ensure-browser.sh). A missing tool throws: the print test fails, it never skips.
 */
function run(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`没有找到 ${tool}（poppler-utils）。运行 bash scripts/ensure-browser.sh 安装。`);
    throw e;
  }
}
const poppler = (tool: string, args: string[]) => run(tool, args).toString('utf8');

export interface PdfInfo {
  pages: number;
  /** Page size in points, as pdfinfo reports it, and its name ("A4"). */
  width: number;
  height: number;
  sizeName: string;
}

export function pdfInfo(file: string): PdfInfo {
  const out = poppler('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(out);
  if (!size) throw new Error(`pdfinfo 没有给出页面尺寸：\n${out}`);
  return { pages, width: Number(size[1]), height: Number(size[2]), sizeName: size[3] ?? '' };
}

/** The text of each page, laid out as printed (pdftotext -layout), one string per page. */
export function layoutPages(file: string): string[] {
  const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface PdfLine {
  page: number;
  text: string;
  /** The words of the line (poppler splits at spaces), each with its box. */
  words: { text: string; xMin: number; xMax: number }[];
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

const attr = (tag: string | undefined, name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(tag ?? '')?.[1]);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every text line of the PDF with its box in points from the page's top left (pdftotext -bbox-layout). */
export function bboxLines(file: string): PdfLine[] {
  const xml = poppler('pdftotext', ['-bbox-layout', file, '-']);
  const lines: PdfLine[] = [];
  const pages = xml.split(/<page\b/).slice(1);
  pages.forEach((p, i) => {
    for (const m of p.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...(m[2] ?? '').matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/g)].map((w) => ({
        text: unescape(w[2] ?? ''),
        xMin: attr(w[1], 'xMin'),
        xMax: attr(w[1], 'xMax'),
      }));
      lines.push({
        page: i + 1,
        text: words.map((w) => w.text).join(' '),
        words,
        xMin: attr(m[1], 'xMin'),
        xMax: attr(m[1], 'xMax'),
        yMin: attr(m[1], 'yMin'),
        yMax: attr(m[1], 'yMax'),
      });
    }
  });
  return lines;
}

export interface Raster {
  width: number;
  height: number;
  /** Pixels per point. */
  scale: number;
  rgb(x: number, y: number): [number, number, number];
}

/** One page drawn at `dpi` (pdftoppm), to look at colours; coordinates in points like bboxLines. */
export function rasterPage(file: string, page: number, dpi = 100): Raster {
  const ppm = run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file]);
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm 输出的不是 PPM 图像');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  const scale = dpi / 72;
  return {
    width,
    height,
    scale,
    rgb(x, y) {
      const px = Math.min(width - 1, Math.max(0, Math.round(x * scale)));
      const py = Math.min(height - 1, Math.max(0, Math.round(y * scale)));
      const o = (py * width + px) * 3;
      return [data[o]!, data[o + 1]!, data[o + 2]!];
    },
  };
}
