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

/** A progress chart's picture, named for screen readers from its heading (the table below holds the figures). */
export function chartCanvasLabel(title: string): string {
  return title ? `条形图：${title}。图中的数字见下表。` : '条形图';
}

/** A unit's page: the years before its latest folded to a line each, and finding a unit among thousands. */
export const UNIT_PAGE_WORDS = {
  earlierHeading: (from: string, to: string) => `往年（${from === to ? from : `${from}—${to}`}年）`,
  earlierNote: '往年只列要点：各年的目标和上报数字见上方“历年目标与进度”，每年的明细表可以下载，当年的通知、日程和联系人见各年的活动页。',
  yearPage: (year: string) => `${year}年活动页`,
  tables: '本年明细表（CSV）',
  /** Before the children tables in the list of a year's downloads: 下级单位：线下活动、好网民宣传员. */
  childrenTables: '下级单位：',
  planTable: '目标与进度',
  noResults: '没有入围或获奖的作品',
  /** The year-by-year table: a cell is 已上报 / 目标, and its share of the target. */
  yearsNote: '下表每年一行：已上报 / 目标（完成比例）。每年的数字只算当年，不跨年相加；每年的计算方式和日期见各年的明细表。',
  yearsColumn: (measure: string, unit: string) => `${measure}（${unit}）`,
  notReported: '未报',
  findHeading: '查找单位',
  findLabel: '单位名称',
  findButton: '查找',
  findNote: (count: number) => `按名称在全部 ${count} 个单位中查找（也可以写简称或名称中的几个字，如“晋江”）。`,
  /** The link from the finder to the list of the units directly below. */
  findBrowse: '或按层级查看：直属的单位列在本页下方，每个单位的页面列出它的下级单位',
  findNoScript: '查找需要启用 JavaScript。没有 JavaScript 时，请从本页下方的单位逐级进入：每个单位的页面都列出它的下级单位。',
  branchHeading: (name: string) => `${name}以下的全部单位`,
  branchNote: '按通知分配表的层级和顺序排列，括号内为规范名称。',
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

/** What a field of a content file is called in /admin/ (src/lib/cms/config.ts): its label, and a hint with an example. */
export interface FieldWords {
  label: string;
  hint?: string;
}

/** The kinds of file /admin/ edits, as its menu names them (a year's kinds are shown with the year). */
export const CMS_KIND_WORDS = {
  campaign: { label: '活动概况', one: '活动概况' },
  notice: { label: '通知', one: '通知' },
  plan: { label: '任务分配表', one: '任务分配表' },
  timeline: { label: '日程', one: '日程' },
  subproject: { label: '征集项目', one: '征集项目' },
  progress: { label: '进度报告', one: '进度报告' },
  units: { label: '单位名单', one: '单位名单' },
  vocabulary: { label: '搜索词表', one: '搜索词表' },
  results: { label: '评选结果', one: '一个征集项目的评选结果' },
  record: { label: '年度数字和优秀组织奖', one: '年度数字和优秀组织奖' },
} as const;

/**
 * Each field's words, by `<kind>.<path>` where a kind says it its own way, else by `<path>`, else by
 * the field's own name (tests/unit/cms-config.test.ts fails on a schema field with none).
 */
export const CMS_FIELD_WORDS: Record<string, FieldWords> = {
  // Shared names.
  campaign: { label: '活动年份', hint: '不用填：文件所在的年份文件夹已说明' },
  title: { label: '标题' },
  summary: { label: '摘要', hint: '一两句话，显示在列表和搜索结果里' },
  unit: { label: '单位', hint: '输入单位名称中的字查找，如“晋江”' },
  notice: { label: '通知', hint: '输入文号或标题中的字查找' },
  contacts: { label: '联系人' },
  'contacts.org': { label: '联系单位', hint: '如 泉州市总工会宣教部' },
  'contacts.orgPrinted': { label: '通知印有联系单位', hint: '关闭：通知没有印出单位，单位是从正文读出的（如“报送市总工会宣教部”）' },
  'contacts.names': { label: '姓名', hint: '每人一项' },
  'contacts.phones': { label: '电话', hint: '每个号码一项；固定电话写 区号-号码，如 0595-22197569；手机写 11 位数字' },
  'contacts.faxes': { label: '传真', hint: '每个号码一项，写法同电话' },
  'contacts.emails': { label: '电子邮箱', hint: '每个地址一项' },
  kind: { label: '类别' },
  id: { label: '编号', hint: '小写字母、数字和连字符，如 fujian-report' },
  // campaign.json
  'campaign.id': { label: '年份', hint: '四位数字，如 2019' },
  'campaign.title': { label: '活动名称' },
  'campaign.year': { label: '年份（数字）' },
  'campaign.from': { label: '活动开始日期' },
  'campaign.to': { label: '活动结束日期' },
  'campaign.rootNotice': { label: '最高一级的通知', hint: '全国通知' },
  'campaign.planName': { label: '计划名称', hint: '如 12351+' },
  'campaign.planNote': { label: '计划说明' },
  'campaign.transcriptionNotes': { label: '录入说明', hint: '本站排版与原件不同之处，每条一项' },
  // notices
  'notice.title': { label: '通知标题', hint: '照原件抄写' },
  'notice.shortTitle': { label: '简称', hint: '如 泉州市总工会 市委网信办通知' },
  'notice.docNumber': { label: '文号', hint: '如 泉港工〔2019〕14号；新通知的文件名由文号生成' },
  'notice.level': { label: '级别' },
  'notice.unit': { label: '发文单位' },
  'notice.letterhead': { label: '版头' },
  'notice.letterhead.lines': { label: '版头各行', hint: '每行一项，如 泉州市总工会' },
  'notice.letterhead.suffix': { label: '版头末字', hint: '如 文件；没有就不填' },
  'notice.issuers': { label: '发文机关', hint: '每个机关一项' },
  'notice.signatories': { label: '落款', hint: '每个落款一项' },
  'notice.issuedOn': { label: '成文日期' },
  'notice.implements': { label: '贯彻的上级通知', hint: '全国通知不填' },
  'notice.printedBy': { label: '印发机关', hint: '原件末尾“××办公室 ×年×月×日印发”；没有就不填' },
  'notice.printedOn': { label: '印发日期' },
  'notice.attachments': { label: '附件' },
  'attachments.no': { label: '附件序号', hint: '如 1' },
  'attachments.title': { label: '附件标题' },
  'attachments.kind': { label: '附件类别' },
  'attachments.plan': { label: '任务分配表', hint: '先在“任务分配表”里新建这张表' },
  'attachments.notice': { label: '通知' },
  'notice.summary': { label: '摘要', hint: '一两句话：谁部署了什么，数字和期限' },
  'notice.body': { label: '正文', hint: '照原件逐字录入；段落之间空一行' },
  // plans
  'plan.notice': { label: '所属通知', hint: '这张表是哪份通知的附件' },
  'plan.unit': { label: '下达任务的单位' },
  'plan.targets': { label: '本级目标', hint: '通知正文给出的总数；没有的项不填' },
  'plan.columns': { label: '表格各列' },
  'plan.columns.key': { label: '指标' },
  'plan.columns.label': { label: '列名', hint: '照原件，如 线下活动数量 (场)' },
  'plan.rows': { label: '表格各行', hint: '每个单位一行' },
  'plan.rows.unit': { label: '单位' },
  'plan.total': { label: '合计行', hint: '照原件抄写；与各行之和不符时检查会指出' },
  // timeline
  'timeline.items': { label: '日程' },
  'timeline.id': { label: '编号', hint: '小写字母、数字和连字符，如 quangang-report' },
  'timeline.unit': { label: '设定期限的单位' },
  'timeline.notice': { label: '出自通知' },
  'timeline.anchor': { label: '出自段落', hint: '正文的段落编号，如 三 或 三-1' },
  'timeline.kind': { label: '类别' },
  'timeline.appliesTo': { label: '约束谁' },
  'timeline.title': { label: '事项', hint: '照原件，如 各单位将活动开展情况报送区总工会' },
  'timeline.detail': { label: '说明' },
  'timeline.from': { label: '开始日期', hint: '截止期限不填' },
  'timeline.to': { label: '截止日期' },
  'timeline.precision': { label: '通知写到' },
  // subprojects
  'subproject.order': { label: '顺序', hint: '在通知附件里的序号，如 6' },
  'subproject.numeral': { label: '序号（汉字）', hint: '如 六' },
  'subproject.notice': { label: '出自通知' },
  'subproject.title': { label: '项目名称' },
  'subproject.shortName': { label: '简称', hint: '如 歌曲' },
  'subproject.audience': { label: '面向' },
  'subproject.guide': { label: '导语', hint: '如 我写了或唱了一首歌' },
  'subproject.organisers': { label: '承办单位' },
  'subproject.organisers.name': { label: '名称' },
  'subproject.organisers.unit': { label: '对应的单位', hint: '在单位名单里的，选上；没有就不填' },
  'subproject.platforms': { label: '平台入口' },
  'platforms.kind': { label: '类别' },
  'platforms.label': { label: '名称' },
  'platforms.url': { label: '网址', hint: '以 http:// 或 https:// 开头' },
  'platforms.account': { label: '公众号' },
  'subproject.themes': { label: '主题', hint: '每个主题一项' },
  'subproject.rules': { label: '作品要求' },
  'subproject.rules.formats': { label: '文件格式', hint: '每种一项，如 MP4' },
  'subproject.rules.maxDurationSeconds': { label: '最长时长（秒）' },
  'subproject.rules.maxSizeMB': { label: '最大文件（MB）' },
  'subproject.rules.requirements': { label: '其他要求', hint: '每条一项' },
  'subproject.body': { label: '正文', hint: '照原件逐字录入' },
  // units
  'units.items': { label: '单位' },
  'units.id': { label: '单位编号', hint: '上级编号/本级拼音，如 fujian/quanzhou/jinjiang/anhai' },
  'units.name': { label: '名称', hint: '照通知印的写，如 永春市总工会' },
  'units.kind': { label: '类别' },
  'units.parent': { label: '上级单位', hint: '全国总工会不填' },
  'units.standardName': { label: '标准名称', hint: '与印的名称不同时才填，如 永春县总工会' },
  // progress
  'progress.unit': { label: '报告单位' },
  'progress.asOf': { label: '截至日期' },
  'progress.source': { label: '来源', hint: '报告的标题或文号，如 晋江市总工会关于主题活动开展情况的报告' },
  'progress.sourceUrl': { label: '来源网址' },
  // vocabulary
  'vocabulary.items': { label: '词条' },
  'vocabulary.words': { label: '人们会输入的词', hint: '每词一项' },
  'vocabulary.means': { label: '通知里用的词', hint: '每词一项' },
  'vocabulary.note': { label: '说明' },
  'vocabulary.test': { label: '检验' },
  'vocabulary.test.query': { label: '搜索', hint: '如 最后期限' },
  'vocabulary.test.first': { label: '第一条结果应是', hint: '本站地址，如 /2019/timeline/' },
  // corrections
  // A year's showcase, as the national notice prints it (campaign.json).
  'campaign.showcase': { label: '成果展示', hint: '全国通知写明的成果展示平台' },
  'campaign.showcase.anchor': { label: '通知段落', hint: '全国通知里写展示平台的段落编号，如 四' },
  'campaign.showcase.platforms': { label: '展示平台', hint: '照通知写，每个平台一项，如 “中国好网民”官方微博' },
  // Results (results/<call>.json) and a year's record (record.json).
  source: { label: '出处', hint: '公布这份名单或数字的通知、公告或文章' },
  'source.title': { label: '标题', hint: '照原件，如 关于公布网络正能量微视频征集入围名单的公告' },
  'source.publisher': { label: '发布单位', hint: '如 天津市总工会' },
  'source.url': { label: '网址', hint: '以 http:// 或 https:// 开头；没有就不填' },
  publisher: { label: '发布单位', hint: '如 天津市总工会' },
  url: { label: '网址', hint: '以 http:// 或 https:// 开头' },
  authors: { label: '作者', hint: '每人一项；单位的作品（活动、平台）不填' },
  unitId: { label: '单位（在单位名单里）', hint: '印的名称和单位名单里的对不上时选；对得上就不用选' },
  'vote.platforms.kind': { label: '类别' },
  'vote.platforms.label': { label: '名称' },
  'vote.platforms.account': { label: '公众号' },
  publishedOn: { label: '公布日期', hint: '年-月-日；这一天以前网站不显示' },
  works: { label: '作品', hint: '每件作品一项，按名单的顺序' },
  'works.title': { label: '作品名称', hint: '照名单' },
  'works.authors': { label: '作者', hint: '每人一项；单位的作品（活动、平台）不填' },
  'works.unit': { label: '单位', hint: '照名单印的写，如 晋江市总工会' },
  'works.unitId': { label: '单位（在单位名单里）', hint: '印的名称和单位名单里的对不上时选；对得上就不用选' },
  'results.shortlist': { label: '入围名单' },
  'results.vote': { label: '网络投票' },
  'results.vote.from': { label: '投票开始', hint: '年-月-日' },
  'results.vote.to': { label: '投票截止', hint: '年-月-日，这一天也能投' },
  'results.vote.platforms': { label: '在哪里投票', hint: '网站或微信公众号，写法同征集项目的平台入口' },
  'results.vote.how': { label: '怎么投', hint: '照公告，如 每人每天可投 5 票' },
  'results.vote.scoring': { label: '怎么计分', hint: '照公告，如 专家评审占 60%，网络投票占 40%' },
  'results.awards': { label: '获奖名单' },
  'results.awards.groups': { label: '奖项', hint: '每个等级一项，从高到低' },
  'results.awards.groups.level': { label: '等级' },
  'results.awards.groups.name': { label: '奖项名称', hint: '名单自己的叫法，如 十佳原创歌曲；与等级相同就不填' },
  'results.awards.organisations': { label: '优秀组织奖', hint: '每个单位一项' },
  'organisations.unit': { label: '单位', hint: '照名单印的写' },
  'organisations.unitId': { label: '单位（在单位名单里）', hint: '印的名称和单位名单里的对不上时选' },
  'record.figures': { label: '年度数字', hint: '公布的成果数字，如 收到图片作品 9000 余件' },
  'record.figures.label': { label: '数的是什么', hint: '照原件，如 收到图片作品、网络投票' },
  'record.figures.value': { label: '数字', hint: '只写数字，如 9000' },
  'record.figures.unit': { label: '量词', hint: '如 件、票、人次' },
  'record.figures.approx': { label: '约数', hint: '原件写“余”“近”“约”时选；确数不选' },
  'record.organisations': { label: '全年的优秀组织奖' },
  'record.organisations.units': { label: '单位', hint: '每个单位一项' },
  corrections: { label: '原文更正', hint: '原文本身印错了（如电话号码）才登记，每处一项；上面的文字改成正确的，这里写原文印的是什么' },
  'corrections.printed': { label: '原件印的是' },
  'corrections.corrected': { label: '应为' },
  'corrections.reason': { label: '原因', hint: '谁指出的、依据是什么' },
  'corrections.by': { label: '登记人' },
  'corrections.on': { label: '登记日期' },
};

/** The words of each choice a select offers, by field name. */
export const CMS_OPTION_WORDS: Record<string, Record<string, string>> = {
  'timeline.kind': { phase: '阶段', deadline: '截止期限' },
  'timeline.appliesTo': { branch: '本单位及以下所有单位', children: '直属下级单位', self: '仅本单位' },
  'timeline.precision': { month: '月（如 5—9月）', day: '日（如 10月8日前）' },
  'subproject.audience': { workers: '职工', unions: '工会' },
  'notice.attachments.kind': { plan: '任务分配表', subprojects: '征集项目', notice: '上级通知' },
  'subproject.platforms.kind': { web: '网站', wechat: '微信公众号' },
  'results.vote.platforms.kind': { web: '网站', wechat: '微信公众号' },
  'results.awards.groups.level': AWARD_LEVEL_LABEL,
  'record.figures.approx': { over: '余（9000余件）', nearly: '近（近1000首）', about: '约（约2300万票）' },
};

/** What /admin/ says around the editor. */
export const ADMIN_WORDS = {
  title: '内容编辑',
  description: '工作人员在网页上编辑网站内容，每次保存都是一个拉取请求。',
  noScript: '内容编辑需要 JavaScript。不用它也可以照 CONTRIBUTING.md 直接修改代码仓库里的文件。',
  unsupportedHost: (host: string) => `内容编辑（Decap CMS）不支持 ${host}，所以本页不能编辑。`,
  instead: [
    '进度报告：用“上报进度”页填写，检查通过后复制或下载文件，交给管理网站的同事提交。',
    '在自己电脑上编辑：取得代码仓库后运行 npm run admin，在打开的页面里编辑，每次保存都是一个 cms/ 分支。',
    '直接修改文件：照 CONTRIBUTING.md 的说明修改 content/ 下的文件，提交拉取请求。',
  ],
  reportLink: '去“上报进度”页',
  /** Beside the editor's own buttons: what a save does on this host. */
  pullRequest: '每次保存都会新建一个分支和拉取请求（合并请求）；自动检查通过、管理员合并后，网站才会更新。',
  gitea: (branch: string) => `Gitea 上没有审核流程：每次保存直接提交到分支 ${branch}；由管理员从这个分支向主分支发起一个拉取请求，检查通过后合并。`,
} as const;
