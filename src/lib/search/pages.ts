import type { CallPageView } from '../domain/campaign-view';
import { formatLimit } from '../precheck/rules';
import type { SubmissionRules } from '../../schemas';
import { LEVEL_LABEL } from '../words';
import type { SearchMeta } from './meta';

/** A call's limits as the notice writes them (MP4, 3 分钟, 50MB): the call's page is the page about them. */
export function ruleKeywords(rules: SubmissionRules): string[] {
  return [
    ...(rules.formats ?? []),
    ...(rules.maxDurationSeconds !== undefined ? [formatLimit(rules.maxDurationSeconds)] : []),
    ...(rules.maxSizeMB !== undefined ? [`${rules.maxSizeMB}MB`] : []),
  ];
}

/**
 * How a call's page of one year appears in search: found by its short name, WeChat account,
 * organisers and limits, and by the titles of the works it has shortlisted or awarded (a worker
 * types the title of their video; the call's page is the page about it).
 */
export function callSearchMeta(view: CallPageView): SearchMeta {
  const s = view.call.data;
  return {
    kind: '征集项目',
    level: view.notice ? LEVEL_LABEL[view.notice.data.level] : undefined,
    year: view.year,
    title: `${s.title}（${view.year}年）`,
    keywords: [s.shortName, s.title, ...s.platforms.flatMap((p) => (p.kind === 'wechat' && p.account ? [p.account] : [])), ...s.organisers.map((o) => o.name), ...ruleKeywords(s.rules), ...view.results.keywords],
  };
}
