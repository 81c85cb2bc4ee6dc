// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { LEVEL_LABEL, LEVEL_ORDER } from '../words';

/** What a page tells the search index about itself: its kind, level and years become filters. */
export type SearchKind = '通知' | '征集项目' | '单位' | '联系人' | '日程' | '说明';

export interface SearchMeta {
  kind: SearchKind;
  /** 全国, 省级, 市级, 县级 */
  level?: string;
  /** The campaign years the page is about (a unit page spans several). */
  year?: string | readonly string[];
  /** Shown with notice results. */
  docNumber?: string;
  /** Result title, when it differs from the page title. */
  title?: string;
  /**
   * What the page is about beyond its title (a WeChat account name, a person's name): indexed
   * with a high weight and not shown, so the page about a thing ranks above pages that mention it.
   */
  keywords?: string[];
  /** Below 1 for overview pages (home, lists) that repeat what the pages they lead to say. */
  weight?: number;
}

/** The kinds a search can be narrowed to, in the order the filter shows them. */
export const SEARCH_KINDS: readonly SearchKind[] = ['通知', '征集项目', '单位', '联系人', '日程', '说明'];
export const SEARCH_LEVELS: readonly string[] = LEVEL_ORDER.map((l) => LEVEL_LABEL[l]);

/**
 * The search filters: the Pagefind filter each page declares, the address parameter the search
 * form sends it as (also the SearchMeta field it comes from), and its values (the years come from
 * the content, so the form is given them). The layout, the form and the search script all read this.
 */
export const SEARCH_FILTERS = [
  { filter: '类型', param: 'kind', values: SEARCH_KINDS },
  { filter: '层级', param: 'level', values: SEARCH_LEVELS },
  { filter: '年份', param: 'year', values: [] as readonly string[] },
] as const;

/** A page's filter values, as Pagefind's data-pagefind-filter attributes ("类型:通知", "年份:2019"). */
export function pageFilters(meta: SearchMeta): string[] {
  return SEARCH_FILTERS.flatMap((f) => {
    const v = meta[f.param];
    if (v === undefined) return [];
    return (typeof v === 'string' ? [v] : [...v]).map((one) => `${f.filter}:${one}`);
  });
}
