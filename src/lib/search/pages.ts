import type { CallPageView } from '../domain/campaign-view';
import { LEVEL_LABEL } from '../words';
import type { SearchMeta } from './meta';

/** How a call's page of one year appears in search: found by its short name, WeChat account and organisers. */
export function callSearchMeta(view: CallPageView): SearchMeta {
  const s = view.call.data;
  return {
    kind: '征集项目',
    level: view.notice ? LEVEL_LABEL[view.notice.data.level] : undefined,
    year: view.year,
    title: `${s.title}（${view.year}年）`,
    keywords: [s.shortName, s.title, ...s.platforms.flatMap((p) => (p.kind === 'wechat' && p.account ? [p.account] : [])), ...s.organisers.map((o) => o.name)],
  };
}
