// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { Phone } from '../../schemas';

/** 2019-05-29 → 2019年5月29日, as official documents write dates. */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2019-09-26 → 9月26日: a day within the year the page is about. */
export function formatMonthDay(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
}

/** 2019-05-01 → 2019年5月 */
export function formatChineseMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A span the way the notices print it: 2019年5—9月, 2019年10月, 10月8日前. */
export function formatSpan(from: string | undefined, to: string, precision: 'month' | 'day'): string {
  if (precision === 'day') return from && from !== to ? `${formatChineseDate(from)}—${formatChineseDate(to)}` : `${formatChineseDate(to)}前`;
  const [ty, tm] = to.split('-').map(Number);
  if (!from) return `${ty}年${tm}月`;
  const [fy, fm] = from.split('-').map(Number);
  if (fy === ty && fm === tm) return `${ty}年${tm}月`;
  return fy === ty ? `${fy}年${fm}—${tm}月` : `${fy}年${fm}月—${ty}年${tm}月`;
}

/** 100000000 → 1亿, 500000 → 50万, 20000 → 2万, 1000 → 1000: as the plans state them. */
export function formatCount(n: number): string {
  if (n >= 1e8 && n % 1e8 === 0) return `${n / 1e8}亿`;
  if (n >= 1e4 && n % 1e4 === 0) return `${n / 1e4}万`;
  return String(n);
}

/**
 * Full figure with grouping for tables and chart axes: 100,000,000 (as toLocaleString('en-US'),
 * at most three decimals). Written out rather than using Intl: in the browser the first
 * Intl.NumberFormat costs a phone some 100 ms of loading locale data, on every chart page.
 */
export function formatFull(n: number): string {
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  const [int = '0', frac] = String(rounded).split('.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

export interface PhoneView {
  /** As printed: 0591-87713873 */
  printed: string;
  /** For tel: links, dialable from any phone: +86-591-87713873 */
  tel: string;
  kind: 'mobile' | 'landline' | 'fax';
  /** 手机 / 电话 / 传真 */
  label: string;
}

export function phoneView(p: Phone): PhoneView {
  const number = typeof p === 'string' ? p : p.number;
  const fax = typeof p !== 'string' && p.fax === true;
  const mobile = /^1\d{10}$/.test(number);
  const tel = mobile ? `+86-${number}` : `+86-${number.replace(/^0/, '')}`;
  const kind = fax ? 'fax' : mobile ? 'mobile' : 'landline';
  return { printed: number, tel, kind, label: fax ? '传真' : mobile ? '手机' : '电话' };
}

/** 0.1107 → 11.1%, 1.2 → 120%, 0 → 0%; no share (no figure or no target) → —. */
export function formatPercent(share: number | undefined): string {
  if (share === undefined || !Number.isFinite(share)) return '—';
  const p = Math.round(share * 1000) / 10;
  return `${p}%`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A count in Chinese numerals as notices write small counts: 7 → 七, 12 → 十二, 35 → 三十五; 100 and more as digits. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
