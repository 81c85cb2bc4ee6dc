/** What a page tells the search index about itself: its kind and level become filters. */
export type SearchKind = '通知' | '征集项目' | '单位' | '联系人' | '日程' | '说明';

export interface SearchMeta {
  kind: SearchKind;
  /** 全国, 福建省, 泉州市, 县（市、区）… */
  level?: string;
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
export const SEARCH_LEVELS = ['全国', '省级', '市级', '县级'] as const;

/**
 * The search filters: the Pagefind filter each page declares, the address parameter the search
 * form sends it as (also the SearchMeta field it comes from), and its values. The layout, the
 * form and the search script all read this.
 */
export const SEARCH_FILTERS = [
  { filter: '类型', param: 'kind', values: SEARCH_KINDS },
  { filter: '层级', param: 'level', values: SEARCH_LEVELS },
] as const;

/** A page's filter values, as Pagefind's data-pagefind-filter attributes ("类型:通知"). */
export function pageFilters(meta: SearchMeta): string[] {
  return SEARCH_FILTERS.flatMap((f) => (meta[f.param] ? [`${f.filter}:${meta[f.param]}`] : []));
}
