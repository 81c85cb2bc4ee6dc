// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * The names of content files that name a page: a notice's file name is its id and its address
 * (/notices/<id>/), a call's is its address under its year. Such a name is lowercase letters, digits
 * and hyphens; for a notice, the name the site suggests is built from its 文号 the way the existing
 * ids are: the pinyin initials of the issuer's prefix, the year, the number (总工发〔Y〕17号 →
 * zgf-Y-17, 泉港工〔Y〕14号 → qgg-Y-14).
 *
 * Pure, with no dependency and no Node module: the browser-side editor will use it too. Pinyin
 * initials come from the platform's own Chinese collation (Intl.Collator with pinyin ordering, in
 * Node and every browser through ICU): every character sorts between the first characters of two
 * initials, so comparing with those boundaries gives its initial without a dictionary.
 */

/** What a notice's or a call's file name (without .mdx) must be. */
export const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The first character of each initial in pinyin order (no i, u or v starts a syllable). Checked
 * against ICU's order character by character: the last character before each boundary has the
 * previous initial (驁 ao | 丷 ba, 簿 bu | 嚓 ca, … 韻 yun | 帀 za).
 */
const BOUNDARIES = '吖丷嚓咑妸发旮哈丌咔垃呣拏喔妑七呥仨他屲夕丫帀';
const INITIALS = 'abcdefghjklmnopqrstwxyz';

/**
 * Characters whose reading in place names is not the one the collation sorts them by: 厦门
 * (xià, sorted as shà), 长沙/长乐 (cháng, sorted as zhǎng), 重庆 (chóng, sorted as zhòng), 西藏 (zàng, sorted as cáng).
 */
const PLACE_READINGS: Readonly<Record<string, string>> = { 厦: 'x', 长: 'c', 重: 'c', 藏: 'z' };

const HAN = /\p{Script=Han}/u;

let collator: Intl.Collator | null | undefined;

/** The pinyin collation, or null where the platform has no Chinese collation data (then no suggestion). */
function pinyinCollator(): Intl.Collator | null {
  if (collator !== undefined) return collator;
  try {
    const c = new Intl.Collator('zh-CN-u-co-pinyin');
    // Without the data every character sorts by code point, and the boundaries are out of order.
    const ordered = [...BOUNDARIES].every((ch, i, all) => i === 0 || c.compare(all[i - 1]!, ch) < 0);
    collator = ordered && c.compare('阿', '八') < 0 && c.compare('泉', '港') > 0 ? c : null;
  } catch {
    collator = null;
  }
  return collator;
}

/** The pinyin initial of one Chinese character (`泉` → `q`), or undefined where it cannot be told. */
export function pinyinInitial(ch: string): string | undefined {
  if (!HAN.test(ch)) return undefined;
  const place = PLACE_READINGS[ch];
  if (place) return place;
  const c = pinyinCollator();
  if (!c) return undefined;
  let found: string | undefined;
  const boundaries = [...BOUNDARIES];
  for (let i = 0; i < boundaries.length; i++) {
    if (c.compare(ch, boundaries[i]!) < 0) break;
    found = INITIALS[i];
  }
  return found;
}

/**
 * Initials of a text: each Chinese character's pinyin initial, Latin letters lowercased, digits
 * kept, everything else left out. Undefined when a Chinese character's initial cannot be told.
 */
export function pinyinInitials(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    if (HAN.test(ch)) {
      const initial = pinyinInitial(ch);
      if (!initial) return undefined;
      out += initial;
    } else if (/[A-Za-z0-9]/.test(ch)) out += ch.toLowerCase();
    else if (/[Ａ-Ｚａ-ｚ０-９]/.test(ch)) out += String.fromCharCode(ch.charCodeAt(0) - 0xfee0).toLowerCase();
  }
  return out;
}

export interface DocNumber {
  /** The issuer's prefix: 泉港工 of 泉港工〔Y〕14号. */
  prefix: string;
  year: string;
  /** The number without leading zeros. */
  number: string;
}

/** A 文号 read into its parts, with any kind of bracket around the year (〔〕 [] ［］ () （） 【】) and spaces anywhere. */
export function readDocNumber(docNumber: string): DocNumber | undefined {
  const m = /^\s*(.+?)\s*[〔［[（(【]\s*(\d{4})\s*[〕］\]）)】]\s*第?\s*(\d+)\s*号?\s*$/u.exec(docNumber);
  if (!m) return undefined;
  return { prefix: m[1]!.replace(/\s+/g, ''), year: m[2]!, number: String(Number(m[3])) };
}

/** The notice id the site suggests for a 文号 (泉港工〔Y〕14号 → qgg-Y-14), or undefined when the 文号 cannot be read. */
export function noticeIdFor(docNumber: string): string | undefined {
  const doc = readDocNumber(docNumber);
  if (!doc) return undefined;
  const initials = pinyinInitials(doc.prefix);
  if (!initials) return undefined;
  const id = `${initials}-${doc.year}-${doc.number}`;
  return FILE_ID.test(id) ? id : undefined;
}

/**
 * The message about a notice's or a call's file name that is not an id, or undefined when it is.
 * For a notice, the name its 文号 gives is suggested.
 */
export function fileNameProblem(kind: 'notice' | 'subproject', stem: string, docNumber?: string): { expected: string; found: string } | undefined {
  if (FILE_ID.test(stem)) return undefined;
  const found = `${JSON.stringify(`${stem}.mdx`)}${/[A-Z]/.test(stem) && FILE_ID.test(stem.toLowerCase()) ? '（有大写字母）' : ''}`;
  if (kind === 'subproject')
    return { expected: '征集项目的文件名（就是网址里的项目编号）只用小写字母、数字和连字符，如 micro-video.mdx；文件名各年不变', found };
  const suggested = docNumber ? noticeIdFor(docNumber) : undefined;
  const how = suggested
    ? `按文号 ${docNumber}，请改名为 ${suggested}.mdx（文号前缀的拼音首字母-年份-序号）`
    : '请按文号取名：文号前缀的拼音首字母-年份-序号，如 qg-2019-27.mdx';
  return { expected: `通知的文件名（就是通知编号和网址 /notices/<编号>/）只用小写字母、数字和连字符；${how}`, found };
}
