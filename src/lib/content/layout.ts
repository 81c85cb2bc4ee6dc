/**
 * Where each kind of content file lives under content/ (see PORTAL.md, "Content model"). Every
 * file and folder is claimed by one rule here or reported: nothing under content/ is skipped
 * without a word, so a file saved in the wrong place is found at once.
 */

export type FileKind =
  | 'units'
  | 'vocabulary'
  | 'campaign'
  | 'source'
  | 'repairs'
  | 'sourceMap'
  | 'notice'
  | 'plan'
  | 'subproject'
  | 'timeline'
  | 'progress'
  | 'results'
  | 'record'
  | 'readme';

export interface PlacedFile {
  kind: FileKind;
  /** The campaign year, for a file inside content/campaigns/<year>/. */
  campaign?: string;
  /** The id the file's name gives (notice id, call id, `<unit>/<date>` for a report). */
  stem: string;
}

export type Placement = PlacedFile | { kind: 'misplaced'; expected: string };

const YEAR = /^\d{4}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOCS = new Set(['README.md', '.gitkeep']);

/** What belongs in each folder of a campaign year, for messages about a file that does not. */
export const CAMPAIGN_FOLDERS: Record<string, string> = {
  notices: '通知原文 <通知编号>.mdx（如 zgf-2019-17.mdx）',
  plans: '分配表 <通知编号>.json',
  subprojects: '征集项目 <项目编号>.mdx（如 micro-video.mdx）',
  timeline: '日程 <名称>.json',
  sources: '通知的原始文字 <名称>.txt（一份通知一个文件时，以通知编号命名；一个文件有几份通知时，加一个同名的 <名称>.json 写明哪几行是哪份通知）',
  progress: '进度报告 <单位编号>/<日期>.json（如 fujian/quanzhou/2019-09-30.json）',
  results: '评选结果 <征集项目编号>.json，一个征集项目一个文件（如 micro-video.json）',
};

const CAMPAIGN_FILES = 'campaign.json、repairs.json、record.json 和文件夹 ' + Object.keys(CAMPAIGN_FOLDERS).join('、');

const stemOf = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * Where a file belongs, from its path relative to content/ (`/` separators). A file that fits no
 * rule gets what the folder it is in expects, in the words of the error message.
 */
export function placeFile(rel: string): Placement {
  const parts = rel.split('/');
  const name = parts.at(-1) ?? '';
  if (DOCS.has(name)) return { kind: 'readme', stem: name };
  const [top, year, folder, ...rest] = parts;
  if (top === 'units')
    return parts.length === 2 && name.endsWith('.json') ? { kind: 'units', stem: stemOf(name) } : { kind: 'misplaced', expected: 'content/units/ 下只放单位名单 <名称>.json' };
  if (top === 'vocabulary')
    return parts.length === 2 && name.endsWith('.json')
      ? { kind: 'vocabulary', stem: stemOf(name) }
      : { kind: 'misplaced', expected: 'content/vocabulary/ 下只放搜索词表 <名称>.json' };
  if (top !== 'campaigns' || parts.length < 3)
    return { kind: 'misplaced', expected: 'content/ 下只有 units/、vocabulary/ 和 campaigns/<年份>/ 三处放内容' };
  if (!year || !YEAR.test(year)) return { kind: 'misplaced', expected: 'content/campaigns/ 下每年一个文件夹，以四位年份命名，如 campaigns/2019/' };
  const campaign = year;
  if (parts.length === 3) {
    if (name === 'campaign.json') return { kind: 'campaign', campaign, stem: year };
    if (name === 'repairs.json') return { kind: 'repairs', campaign, stem: year };
    if (name === 'corrections.json')
      return { kind: 'misplaced', expected: '更正登记在所更正的文件里：通知、征集项目或分配表的 corrections（见 CONTRIBUTING.md 第八部分），不另建 corrections.json' };
    if (name === 'record.json') return { kind: 'record', campaign, stem: year };
    return { kind: 'misplaced', expected: `campaigns/${year}/ 下只放 ${CAMPAIGN_FILES}` };
  }
  const where = folder ? CAMPAIGN_FOLDERS[folder] : undefined;
  if (!folder || !where) return { kind: 'misplaced', expected: `campaigns/${year}/ 下只放 ${CAMPAIGN_FILES}` };
  const flat = parts.length === 4;
  const misplaced = { kind: 'misplaced', expected: `campaigns/${year}/${folder}/ 下只放${where}` } as const;
  switch (folder) {
    case 'notices':
      return flat && name.endsWith('.mdx') ? { kind: 'notice', campaign, stem: stemOf(name) } : misplaced;
    case 'subprojects':
      return flat && name.endsWith('.mdx') ? { kind: 'subproject', campaign, stem: stemOf(name) } : misplaced;
    case 'results':
      return flat && name.endsWith('.json') ? { kind: 'results', campaign, stem: stemOf(name) } : misplaced;
    case 'plans':
      return flat && name.endsWith('.json') ? { kind: 'plan', campaign, stem: stemOf(name) } : misplaced;
    case 'timeline':
      return flat && name.endsWith('.json') ? { kind: 'timeline', campaign, stem: stemOf(name) } : misplaced;
    case 'sources':
      if (flat && name.endsWith('.json')) return { kind: 'sourceMap', campaign, stem: stemOf(name) };
      return flat && name.endsWith('.txt') ? { kind: 'source', campaign, stem: stemOf(name) } : misplaced;
    case 'progress': {
      // <unit id, one folder per level>/<YYYY-MM-DD>.json; whether the unit exists is a rule's question.
      const unit = rest.slice(0, -1);
      const ok = unit.length > 0 && unit.every((p) => SLUG.test(p)) && /^\d{4}-\d{2}-\d{2}\.json$/.test(name);
      return ok ? { kind: 'progress', campaign, stem: `${unit.join('/')}/${stemOf(name)}` } : misplaced;
    }
    default:
      return misplaced;
  }
}
