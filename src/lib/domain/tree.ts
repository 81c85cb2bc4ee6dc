// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * The one walk up a chain of parents (a unit's parent units, a notice's `implements`), used
 * wherever a page or a rule needs it. A loop, which the content rules report, ends the walk
 * instead of hanging it, and is said.
 */
export function walkUp<T>(start: T | undefined, next: (t: T) => T | undefined, key: (t: T) => string): { chain: T[]; loop: boolean } {
  const chain: T[] = [];
  const seen = new Set<string>();
  let cur = start;
  while (cur !== undefined) {
    const k = key(cur);
    if (seen.has(k)) return { chain, loop: true };
    seen.add(k);
    chain.push(cur);
    cur = next(cur);
  }
  return { chain, loop: false };
}
