/**
 * The search page in the browser: runs the query from the form or the address over Pagefind's
 * index, two searches per query (see src/lib/search/rank.ts), and shows ranked results.
 * Pure logic lives in src/lib; this file only talks to the page and to Pagefind.
 */
import { SEARCH_FILTERS } from '../lib/search/meta';
import { rankExact } from '../lib/search/rank';
import { resultTitle, safeExcerpt, toSearchQuery } from '../lib/search/text';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindHit[] } | null>;
}

const PAGE = 10;
/** Pagefind's documented defaults. */
const DEFAULT_RANKING = { termFrequency: 1.0, termSimilarity: 1.0, pageLength: 0.75, termSaturation: 1.4 };

function filtersFrom(params: URLSearchParams): Record<string, { any: string[] }> {
  const f: Record<string, { any: string[] }> = {};
  for (const { filter, param } of SEARCH_FILTERS) {
    const values = params.getAll(param);
    if (values.length) f[filter] = { any: values };
  }
  return f;
}

async function main(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  // The form names where the index is (the site's base path included).
  const bundle = form?.dataset.bundle;
  if (!form || !status || !list || !more || !bundle) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;

  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 36 });
    }
    return pagefind;
  };

  let ranked: PagefindHit[] = [];
  let shown = 0;
  const showMore = async () => {
    const next = ranked.slice(shown, shown + PAGE);
    const items = await Promise.all(next.map((h) => h.data()));
    for (const d of items) {
      const li = document.createElement('li');
      li.className = 'card';
      const a = document.createElement('a');
      a.href = d.url;
      a.className = 'block font-semibold';
      a.textContent = resultTitle(d.meta);
      const kind = document.createElement('span');
      kind.className = 'mt-1 inline-block rounded bg-stone-100 px-1.5 text-xs text-stone-700';
      kind.textContent = SEARCH_FILTERS.flatMap((f) => d.filters[f.filter] ?? []).join(' · ');
      const p = document.createElement('p');
      p.className = 'mt-1 text-sm';
      p.innerHTML = safeExcerpt(d.excerpt);
      li.append(a, kind, p);
      list.append(li);
    }
    shown += next.length;
    more.hidden = shown >= ranked.length;
  };

  const run = async (params: URLSearchParams) => {
    const q = (params.get('q') ?? '').trim();
    input.value = q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = params.getAll(box.name).includes(box.value);
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = `正在搜索“${q}”…`;
    try {
      const pf = await load();
      const filters = filtersFrom(params);
      const exact = await pf.search(toSearchQuery(q), { filters });
      // First by where the words stand (title, keywords, headings), not how often common
      // characters such as 工 and 会 recur; then by Pagefind's usual relevance.
      await pf.options({ ranking: { termFrequency: 0 } });
      const byPlace = await pf.search(toSearchQuery(q, false), { filters });
      await pf.options({ ranking: DEFAULT_RANKING });
      const byRelevance = await pf.search(toSearchQuery(q, false), { filters });
      ranked = rankExact(exact?.results ?? [], byPlace?.results ?? [], byRelevance?.results ?? []);
      shown = 0;
      await showMore();
      // Said after the results are in the list, so the announcement and the list agree.
      status.textContent = ranked.length ? `找到 ${ranked.length} 个包含“${q}”的页面` : `没有找到包含“${q}”的页面。试试更短的词，或去掉筛选条件。`;
    } catch (e) {
      status.textContent = `搜索出错：${(e as Error).message}`;
    }
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    history.replaceState(null, '', `?${params}`);
    void run(params);
  });
  more.addEventListener('click', () => void showMore());
  await run(new URLSearchParams(location.search));
}

void main();
