// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import type { Approximation, AwardLevel, NoticeLevel, Subproject, TargetKey, TimelineAudience, TimelineEntry, UnitKind } from '../schemas';

/**
 * The words users read about measures, levels, unit kinds and statuses, each written once and
 * typed from the schemas' keys: adding a measure or a kind is one edit here (and the type checker
 * lists every other place that must learn of it).
 */

export interface MeasureWords {
  /** As the plan names the measure: 发展职工好网民宣传员. */
  label: string;
  /** On chart axes and in sentences: 好网民宣传员. */
  short: string;
  /** In messages about a table column or a count: 线下活动数量. */
  noun: string;
  /** The counting word: 名, 场, 个. */
  unit: string;
  /** The report form's box for the measure, with its counting word: 线下活动（场）. */
  box: string;
}

/** In the order the plan's name counts them (“12351+”: 1 000 unions, 2 万 propagandists, …). */
export const MEASURE_WORDS: Record<TargetKey, MeasureWords> = {
  grassrootsUnions: { label: '组织动员基层工会组织', short: '基层工会组织', noun: '基层工会组织', unit: '个', box: '组织动员基层工会（个）' },
  propagandists: { label: '发展职工好网民宣传员', short: '好网民宣传员', noun: '好网民宣传员', unit: '名', box: '职工好网民宣传员（名）' },
  activities: { label: '走进企业或开展线下活动', short: '线下活动', noun: '线下活动数量', unit: '场', box: '线下活动（场）' },
  workersReached: { label: '面对面接触职工', short: '面对面接触职工', noun: '面对面接触职工', unit: '名', box: '面对面接触职工（名）' },
  netizensCovered: { label: '直接覆盖职工网民', short: '覆盖职工网民', noun: '覆盖职工网民', unit: '名', box: '覆盖职工网民（名）' },
};

/** Notice levels, outermost first, and the search filter's level words (also a unit's level by depth). */
export const LEVEL_ORDER: readonly NoticeLevel[] = ['national', 'provincial', 'municipal', 'county'];
export const LEVEL_LABEL: Record<NoticeLevel, string> = { national: '全国', provincial: '省级', municipal: '市级', county: '县级' };

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  national: '全国',
  province: '省',
  'autonomous-region': '自治区',
  municipality: '直辖市',
  'industry-union': '全国产业工会',
  city: '设区市',
  'county-city': '县级市',
  district: '市辖区',
  county: '县',
  zone: '开发区、实验区',
  township: '乡',
  town: '镇',
  street: '街道',
  'enterprise-union': '企业工会',
  'grassroots-union': '基层工会',
};

/** Whether anything has been reported in a unit's branch (progress aggregation's status). */
export const REPORT_STATUS_LABEL: Record<'own' | 'children' | 'none', string> = {
  own: '已上报',
  children: '下级已上报',
  none: '尚未上报',
};

export type EntryState = 'past' | 'current' | 'upcoming';

/**
 * A phase or deadline on a given day: 已结束 / 进行中 / 未开始; a deadline 已截止 / 今天截止 /
 * 还有 N 天截止 (`daysLeft` for an upcoming one).
 */
export function entryStateLabel(kind: TimelineEntry['kind'], state: EntryState, daysLeft?: number): string {
  if (kind === 'deadline') {
    if (state === 'past') return '已截止';
    if (state === 'current') return '今天截止';
    return daysLeft === undefined ? '未到截止日' : `还有 ${daysLeft} 天截止`;
  }
  return state === 'past' ? '已结束' : state === 'current' ? '进行中' : '未开始';
}

/** Whom a phase or deadline binds, as a unit's page says it. */
export const AUDIENCE_OF_ENTRY: Record<TimelineAudience, string> = {
  branch: '本级及以下各单位',
  children: '直属下级单位',
  self: '发文单位本身',
};

export const CALL_AUDIENCE_LABEL: Record<Subproject['audience'], string> = {
  workers: '职工个人参加',
  unions: '各级工会报送',
};

/** What a call's requirements are about: workers submit works; unions report activities or platforms. */
export const RULES_HEADING: Record<Subproject['audience'], string> = {
  workers: '作品要求',
  unions: '报送要求',
};

/** The “which call fits me” guide's groups. */
export const GUIDE_LABEL: Record<Subproject['audience'], string> = {
  workers: '我是职工，我想交作品',
  unions: '我在工会工作，我想报送',
};

/** Award levels as the organisers' lists name them, highest first. */
export const AWARD_LEVEL_LABEL: Record<AwardLevel, string> = {
  special: '特等奖',
  'top-ten': '十佳',
  first: '一等奖',
  second: '二等奖',
  third: '三等奖',
  excellence: '优秀奖',
  popularity: '人气奖',
  shortlisted: '入围',
};

/** A published figure's qualifier: 9000余件, 近1000首, 约2300万票. */
export function approxFigure(value: string, unit: string, approx: Approximation | undefined): string {
  if (approx === 'over') return `${value}余${unit}`;
  if (approx === 'nearly') return `近${value}${unit}`;
  if (approx === 'about') return `约${value}${unit}`;
  return `${value}${unit}`;
}

/** The section that follows a call after it closes, and the unit pages' and year pages' share of it. */
export const RESULTS_WORD = {
  heading: '评选结果',
  shortlist: '入围名单',
  vote: '网络投票',
  awards: '获奖名单',
  organisation: '优秀组织奖',
  figures: '活动数字',
  awarded: '获奖',
  shortlisted: '入围',
} as const;

/** The site's sections, as the main navigation names them; the search vocabulary may point to these words too. */
export const SECTION_LABEL = {
  home: '首页',
  notices: '通知文件',
  subprojects: '征集项目',
  timeline: '活动日程',
  contacts: '联系方式',
  units: '单位进度',
  about: '关于本站',
} as const;

/** Built only from sample data (tests/fixtures), never real: said on every page of such a build. */
export const SAMPLE_WORD = '示例数据';

/**
 * The search page's status line. `own`: pages that write the query itself; `near`: pages found
 * through the vocabulary, with the notices' words that found them (提交作品、征集); `loose`: when
 * neither found any, pages that hold each character of the query somewhere.
 */
export function searchStatusText(query: string, own: number, near: number, nearWords: readonly string[], loose = 0): string {
  const words = nearWords.slice(0, 4).map((w) => `“${w}”`).join('、') + (nearWords.length > 4 ? '等' : '');
  if (own === 0 && near === 0 && loose > 0) return `没有页面写着“${query}”；找到 ${loose} 个页面含有其中的每个字，但不一定连在一起`;
  if (own > 0 && near > 0) return `找到 ${own} 个包含“${query}”的页面，另有 ${near} 个页面写的是相近的说法${words}`;
  if (own > 0) return `找到 ${own} 个包含“${query}”的页面`;
  if (near > 0) return `没有页面写着“${query}”；按通知里的说法${words}找到 ${near} 个页面`;
  return `没有找到包含“${query}”的页面。`;
}

/** Beside a result found through the vocabulary: 按“提交作品”找到（您输入的是“上传”）. */
export function searchViaText(via: readonly { word: string; means: string }[]): string {
  return via.map((v) => `按“${v.means}”找到（您输入的是“${v.word}”）`).join('；');
}
