import type { Platform, Subproject, SubmissionRules } from '../../schemas';
import { GUIDE_LABEL } from '../words';
import { formatLimit } from '../precheck/rules';


export interface GuideGroup {
  audience: Subproject['audience'];
  /** 我是职工 / 我在工会工作 */
  label: string;
  items: { id: string; choice: string; title: string }[];
}


/** The "which call fits me" guide: one short choice per call, workers' calls first. */
export function guideGroups(subprojects: readonly { id: string; data: Subproject }[]): GuideGroup[] {
  const sorted = [...subprojects].sort((a, b) => a.data.order - b.data.order);
  return (['workers', 'unions'] as const)
    .map((audience) => ({
      audience,
      label: GUIDE_LABEL[audience],
      items: sorted
        .filter((s) => s.data.audience === audience)
        .map((s) => ({ id: s.id, choice: s.data.guide ?? `我有${s.data.shortName}作品`, title: s.data.title })),
    }))
    .filter((g) => g.items.length > 0);
}

/** The submission rules as a list of plain sentences, in the order a worker checks them. */
export function rulesList(rules: SubmissionRules): string[] {
  const out: string[] = [];
  if (rules.formats?.length) out.push(`文件格式：${rules.formats.join('、')}`);
  if (rules.maxDurationSeconds !== undefined) out.push(`时长：小于 ${formatLimit(rules.maxDurationSeconds)}`);
  if (rules.maxSizeMB !== undefined) out.push(`文件大小：小于 ${rules.maxSizeMB}MB`);
  for (const r of rules.requirements ?? []) out.push(r);
  return out;
}

/** Web platforms are printed with the address of the year the notice was issued: pages say once that it may have moved. */
export const hasWebPlatform = (platforms: readonly Platform[]) => platforms.some((p) => p.kind === 'web');
