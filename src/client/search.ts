/**
 * The search page in the browser: plans the query from the form or the address (the words as typed,
 * then through the vocabulary: src/lib/search/vocabulary.ts), runs each plan's searches over
 * Pagefind's index, ranks them (src/lib/search/rank.ts) and shows the results, the page's own words
 * first. Pure logic lives in src/lib; this file only talks to the page and to Pagefind.
 */
import { SEARCH_FILTERS } from '../lib/search/meta';
import { rankExact } from '../lib/search/rank';
import { resultTitle, safeExcerpt } from '../lib/search/text';
import { planSearch, type Alternative, type Via, type Vocabulary } from '../lib/search/vocabulary';
import { searchStatusText, searchViaText } from '../lib/words';

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

/** The vocabulary the page carries as data; none (search as typed only) if it cannot be read. */
function readVocabulary(form: HTMLFormElement): Vocabulary {
  try {
    const v = JSON.parse(form.dataset.vocabulary ?? '[]') as unknown;
    return Array.isArray(v) ? (v as Vocabulary) : [];
  } catch {
    return [];
  }
}

interface Ranked {
  hit: PagefindHit;
  via: Via[];
}

async function main(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const help = document.getElementById('search-help');
  // The form names where the index is (the site's base path included).
  const bundle = form?.dataset.bundle;
  if (!form || !status || !list || !more || !bundle) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  // The header's box shows the query too, so that it can be seen and changed from either.
  const headerInput = document.getElementById('site-search') as HTMLInputElement | null;
  const vocabulary = readVocabulary(form);

  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 36 });
    }
    return pagefind;
  };

  let ranked: Ranked[] = [];
  let shown = 0;
  const showMore = async () => {
    const next = ranked.slice(shown, shown + PAGE);
    const items = await Promise.all(next.map((r) => r.hit.data()));
    items.forEach((d, i) => {
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
      const via = next[i]?.via ?? [];
      if (via.length) {
        const note = document.createElement('p');
        note.className = 'search-via mt-1 text-xs text-stone-700';
        note.textContent = searchViaText(via);
        li.append(note);
      }
      list.append(li);
    });
    shown += next.length;
    more.hidden = shown >= ranked.length;
  };

  /** Pages matching every part of each alternative, ranked, the words as typed first. */
  const searchAll = async (pf: Pagefind, plan: Alternative[], filters: Record<string, { any: string[] }>): Promise<Ranked[]> => {
    const exact = new Map<string, Map<string, PagefindHit>>();
    const found: { alt: Alternative; hits: PagefindHit[]; place: PagefindHit[]; relevance: PagefindHit[] }[] = [];
    for (const alt of plan) {
      const sets: Map<string, PagefindHit>[] = [];
      for (const part of alt.parts) {
        let hits = exact.get(part);
        if (!hits) {
          hits = new Map(((await pf.search(part, { filters }))?.results ?? []).map((h) => [h.id, h]));
          exact.set(part, hits);
        }
        sets.push(hits);
      }
      // Cut the excerpt around the word that came through the vocabulary, if one did.
      const shown = sets[alt.excerptPart] ?? sets[0]!;
      const hits = [...shown.values()].filter((h) => sets.every((s) => s.has(h.id)));
      if (hits.length) found.push({ alt, hits, place: [], relevance: [] });
    }
    // First by where the words stand (title, keywords, headings), not how often common characters
    // such as 工 and 会 recur; then by Pagefind's usual relevance.
    await pf.options({ ranking: { termFrequency: 0 } });
    for (const f of found) f.place = (await pf.search(f.alt.loose, { filters }))?.results ?? [];
    await pf.options({ ranking: DEFAULT_RANKING });
    for (const f of found) f.relevance = (await pf.search(f.alt.loose, { filters }))?.results ?? [];
    const seen = new Set<string>();
    const out: Ranked[] = [];
    for (const f of found)
      for (const hit of rankExact(f.hits, f.place, f.relevance))
        if (!seen.has(hit.id)) {
          seen.add(hit.id);
          out.push({ hit, via: f.alt.via });
        }
    return out;
  };

  const run = async (params: URLSearchParams) => {
    const q = (params.get('q') ?? '').trim();
    input.value = q;
    if (headerInput) headerInput.value = q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = params.getAll(box.name).includes(box.value);
    list.replaceChildren();
    more.hidden = true;
    if (help) help.hidden = true;
    const plan = planSearch(q, vocabulary);
    if (plan.length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = `正在搜索“${q}”…`;
    try {
      const pf = await load();
      const filters = filtersFrom(params);
      ranked = await searchAll(pf, plan, filters);
      // Nothing written so: the pages that hold every character of it, wherever they stand
      // (秦笑语电话 typed as one word), said to be such.
      let loose = 0;
      if (ranked.length === 0) {
        ranked = ((await pf.search(plan[0]!.loose, { filters }))?.results ?? []).map((hit) => ({ hit, via: [] }));
        loose = ranked.length;
      }
      shown = 0;
      await showMore();
      const own = loose ? 0 : ranked.filter((r) => r.via.length === 0).length;
      const nearWords = [...new Set(ranked.flatMap((r) => r.via.map((v) => v.means)))];
      // Said after the results are in the list, so the announcement and the list agree.
      status.textContent = searchStatusText(q, own, ranked.length - own - loose, nearWords, loose);
      if (help) help.hidden = ranked.length > 0;
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
