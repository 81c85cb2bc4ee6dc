/**
 * The printed official document (党政机关公文格式 GB/T 9704-2012), as numbers: the print
 * stylesheet (src/styles/global.css, @page notice) is written to them and the print test
 * measures the PDF against them.
 */
export const GBT9704 = {
  /** A4, millimetres. */
  page: { width: 210, height: 297 },
  /** 版心 (text block), millimetres. */
  block: { width: 156, height: 225 },
  /** 天头 37 mm; 订口 (binding, left) 28 mm; what remains right and below. */
  margin: { top: 37, left: 28, right: 26, bottom: 35 },
  charsPerLine: 28,
  linesPerPage: 22,
  /** 3号 body, 2号 title, 4号 page numbers and 版记, in points. */
  bodyPt: 16,
  titlePt: 22,
  smallPt: 14,
} as const;

export const MM_PER_PT = 25.4 / 72;

/**
 * How many character cells the widest line of a 发文机关标志 needs. The print stylesheet sizes
 * the letterhead so that this many characters fill its width, and never wraps a name: a joint
 * letterhead stacks the issuers, each on its own line, the shorter ones spread to the longest.
 */
export function letterheadChars(lines: readonly string[]): number {
  const widest = Math.max(1, ...lines.map((l) => [...l.replace(/\s+/g, '')].length));
  return Math.min(widest, LETTERHEAD_MAX_CHARS);
}

/** Letterhead widths the stylesheet has a rule for (tailwind.config.mjs); a longer name gets the last. */
export const LETTERHEAD_MAX_CHARS = 40;

/**
 * The 发文机关标志 as the print stylesheet sizes it, millimetres: the widest name fills the text block,
 * or this width when 文件 stands beside the names, unless a character would be larger than maxChar
 * (a short name such as 某县总工会 stays narrower than the block).
 */
export const LETTERHEAD_MM = { besideSuffix: 110, maxChar: 15 } as const;
