// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * Orders exact matches. Pagefind scores an exact-phrase search all alike, so the phrase search
 * decides which pages match (the characters stand together, as with Ctrl+F), and plain searches
 * for the same characters decide their order: first one that counts only where the characters
 * stand (headings, titles, the keywords a page declares — so the page about a thing comes before
 * pages that merely mention it), then, among equals, Pagefind's usual relevance.
 */
export interface Scored {
  id: string;
  score: number;
}

export function rankExact<T extends Scored>(exact: readonly T[], primary: readonly Scored[], secondary: readonly Scored[] = []): T[] {
  const p = new Map(primary.map((r) => [r.id, r.score]));
  const s = new Map(secondary.map((r) => [r.id, r.score]));
  // Scores closer than this are equal: float noise must not decide the order.
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  return exact
    .map((r, i) => ({ r, i, p: p.get(r.id) ?? -Infinity, s: s.get(r.id) ?? -Infinity }))
    .sort((a, b) => (!same(a.p, b.p) ? b.p - a.p : !same(a.s, b.s) ? b.s - a.s : a.i - b.i))
    .map((x) => x.r);
}
