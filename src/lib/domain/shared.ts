/**
 * Caches that one build's pages and integrations share. Astro runs this code twice in a build: the
 * integrations load it with the config, the pages from their own bundle. A module-level map would
 * be filled once by each, so a year's tables would be worked out for the pages and again for the
 * downloads; kept on globalThis under a registered symbol, both copies find the same one.
 */
export function sharedCache<K extends object, V>(name: string): WeakMap<K, V> {
  const key = Symbol.for(`portal.shared.${name}`);
  const store = globalThis as unknown as Record<symbol, WeakMap<K, V> | undefined>;
  return (store[key] ??= new WeakMap<K, V>());
}
